// freeze / seal / preventExtensions and their predicates
const log = console.log;
const o = {a: 1, nested: {b: 2}};
Object.freeze(o);
log(Object.isFrozen(o), Object.isSealed(o), Object.isExtensible(o));
o.a = 5; o.c = 1; delete o.a;
log(o, Object.isFrozen(o.nested));
o.nested.b = 3; log(o.nested.b);
(function () { 'use strict'; try { o.a = 2; } catch (e) { log(e.constructor.name, e.message); } })();
(function () { 'use strict'; try { o.z = 2; } catch (e) { log(e.constructor.name, e.message); } })();
(function () { 'use strict'; try { delete o.a; } catch (e) { log(e.constructor.name, e.message); } })();
const s = Object.seal({x: 1});
s.x = 2; s.y = 3; delete s.x;
log(s, Object.isSealed(s), Object.isFrozen(s));
const p = Object.preventExtensions({k: 1});
p.n = 1; delete p.k;
log(p, Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p));
log(Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})), Object.isSealed(Object.preventExtensions({})));
log(Object.freeze(5), Object.seal('s'), Object.preventExtensions(null), Object.isFrozen(1), Object.isExtensible(1));
const arr = Object.freeze([1, 2]);
try { arr.push(3); } catch (e) { log(e.constructor.name, e.message); }
log(arr);
const acc = Object.freeze({get v() { return 1; }});
log(Object.getOwnPropertyDescriptor(acc, 'v').configurable, Object.isFrozen(acc));
log(Object.isFrozen(Object.freeze(function () {})));
try { Object.setPrototypeOf(p, {}); } catch (e) { log(e.constructor.name, e.message); }
log(Object.setPrototypeOf(p, Object.prototype) === p);
log(Reflect.preventExtensions({}), Reflect.isExtensible(Object.seal({})));
