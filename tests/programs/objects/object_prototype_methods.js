const o = { own: 1 };
const child = Object.create(o);
console.log(o.hasOwnProperty('own'), child.hasOwnProperty('own'), child.hasOwnProperty('toString'));
console.log(o.isPrototypeOf(child), Object.prototype.isPrototypeOf(child), child.isPrototypeOf(o), o.isPrototypeOf(1));
console.log(o.propertyIsEnumerable('own'), [1].propertyIsEnumerable('length'), [1].propertyIsEnumerable(0));
console.log(Object.prototype.hasOwnProperty.call('abc', 1), Object.prototype.hasOwnProperty.call('abc', 5));
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.message); }
// ToPropertyKey happens before ToObject
try { Object.prototype.hasOwnProperty.call(undefined, { toString() { console.log('key converted'); return 'k'; } }); } catch (e) { console.log(e.message); }
console.log(Object.prototype.valueOf.call(o) === o, typeof Object.prototype.valueOf.call(1));
try { Object.prototype.valueOf.call(undefined); } catch (e) { console.log(e.message); }
console.log(o.toLocaleString(), [1, 2].toLocaleString === Array.prototype.toLocaleString);
console.log(Object.prototype.toLocaleString.call({ toString() { return 'custom'; } }));
const ts = Object.prototype.toString;
console.log(ts.call(undefined), ts.call(null), ts.call(1), ts.call(''), ts.call(true), ts.call([]), ts.call(() => 1));
console.log(ts.call(new Error('x')), ts.call(Symbol()), ts.call(1n), ts.call(new Map()), ts.call(JSON), ts.call(Math));
console.log(ts.call({ [Symbol.toStringTag]: 'Custom' }), ts.call(Object.assign([], { [Symbol.toStringTag]: 'NotArray' })));
console.log(ts.call({ [Symbol.toStringTag]: 42 }), ts.call((function () { return arguments; })()));
class Tagged { get [Symbol.toStringTag]() { return 'TaggedClass'; } }
console.log(String(new Tagged()), `${new Tagged()}`);
console.log(Object.getOwnPropertyNames(Object.prototype));
