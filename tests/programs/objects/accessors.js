let log = [];
const o = {
  _v: 1,
  get v() { log.push('get'); return this._v; },
  set v(x) { log.push('set ' + x); this._v = x; },
};
o.v = o.v + 1;
o.v++;
o.v += 10;
console.log(o.v, log);
const onlyGet = { get x() { return 1; } };
onlyGet.x = 5;
console.log(onlyGet.x, Object.keys(onlyGet));
const onlySet = { set x(v) { this.stored = v; } };
onlySet.x = 5;
console.log(onlySet.x, onlySet.stored);
const desc = Object.getOwnPropertyDescriptor(o, 'v');
console.log(desc.get.name, desc.set.name, desc.get.length, desc.set.length);
// getters receive the receiver, not the holder
const holder = { get who() { return this.name; }, name: 'holder' };
const user = Object.create(holder);
user.name = 'user';
console.log(user.who, Reflect.get(holder, 'who', { name: 'explicit' }));
// setters on the prototype intercept assignment
const proto = { set p(v) { this.seen = v; } };
const inst = Object.create(proto);
inst.p = 'val';
console.log(inst.seen, Object.keys(inst), inst.hasOwnProperty('p'));
// accessor with symbol and computed names
const sym = Symbol('k');
const c = { get [sym]() { return 'sym'; }, get ['comp' + 'uted']() { return 'c'; } };
console.log(c[sym], c.computed, Object.keys(c));
// static accessors on a class
class T { static get s() { return 'static'; } static set s(v) { T.last = v; } }
T.s = 'assigned';
console.log(T.s, T.last);
