const o = {};
o.__defineGetter__('g', function () { return 'got ' + this.v; });
o.__defineSetter__('g', function (x) { this.v = x; });
o.g = 5;
console.log(o.g, JSON.stringify(Object.getOwnPropertyDescriptor(o, 'g'), (k, v) => typeof v === 'function' ? 'fn' : v));
console.log(o.__lookupGetter__('g') === Object.getOwnPropertyDescriptor(o, 'g').get);
console.log(typeof o.__lookupSetter__('g'), o.__lookupGetter__('v'), o.__lookupGetter__('missing'));
const child = Object.create(o);
console.log(typeof child.__lookupGetter__('g'));
child.v = 1;
console.log(child.__lookupGetter__('v'));
try { o.__defineGetter__('x', 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { o.__defineSetter__('x', {}); } catch (e) { console.log(e.message); }
try { Object.prototype.__lookupGetter__.call(null, 'x'); } catch (e) { console.log(e.message); }
Object.defineProperty(o, 'fixed', { value: 1 });
try { o.__defineGetter__('fixed', () => 1); } catch (e) { console.log(e.message); }
console.log(Object.prototype.__defineGetter__.length, Object.prototype.__lookupSetter__.length);
const sym = Symbol('s');
o.__defineGetter__(sym, () => 'symbol getter');
console.log(o[sym]);
