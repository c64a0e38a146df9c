// TypeErrors for calling builtins with wrong receivers, as V8 words them
function t(f) { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => Map.prototype.get.call({}, 1));
t(() => Set.prototype.has.call([], 1));
t(() => Symbol.prototype.toString.call({}));
t(() => Number.prototype.toFixed.call('1'));
t(() => Boolean.prototype.valueOf.call(1));
t(() => String.prototype.trim.call(null));
t(() => Function.prototype.call.call({}));
t(() => Function.prototype.apply.call(5));
t(() => Function.prototype.bind.call('x'));
t(() => Function.prototype.toString.call({}));
t(() => Error.prototype.toString.call('str'));
t(() => Array.prototype.push.call(Object.freeze([]), 1));
t(() => Object.prototype.valueOf.call(null));
