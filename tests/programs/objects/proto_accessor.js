const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get.name, d.set.name);
const proto = { hi() { return 'hi'; } };
const o = {};
o.__proto__ = proto;
console.log(o.hi(), Object.getPrototypeOf(o) === proto, o.__proto__ === proto);
o.__proto__ = 5;         // ignored: not an object or null
console.log(Object.getPrototypeOf(o) === proto);
o.__proto__ = null;
console.log(Object.getPrototypeOf(o), o.__proto__);
const bare = Object.create(null);
bare.__proto__ = proto;  // no accessor on the chain: an ordinary property
console.log(Object.getPrototypeOf(bare), Object.keys(bare));
console.log((1).__proto__ === Number.prototype, 'x'.__proto__ === String.prototype);
try { Object.prototype.__proto__ = {}; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { console.log(e.message); }
console.log(Reflect.setPrototypeOf(Object.prototype, {}), Reflect.setPrototypeOf(Object.prototype, null));
const a = {}; const b = Object.create(a);
try { a.__proto__ = b; } catch (e) { console.log(e.message); }
try { Object.setPrototypeOf(a, b); } catch (e) { console.log(e.message); }
console.log(Reflect.setPrototypeOf(a, b));
try { d.set.call(undefined, {}); } catch (e) { console.log(e.message); }
console.log(d.set.call(1, {}), d.get.call('s') === String.prototype);
const lit = { __proto__: proto, own: 1 };
console.log(Object.getPrototypeOf(lit) === proto, Object.keys(lit));
const computed = { ['__proto__']: proto };
console.log(Object.getPrototypeOf(computed) === Object.prototype, Object.keys(computed));
