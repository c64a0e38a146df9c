// integrity levels are per object: the prototype chain is not affected
const proto = { shared: 1 };
const child = Object.create(proto);
Object.freeze(child);
proto.shared = 2;
proto.added = 3;
console.log(child.shared, child.added, Object.isFrozen(proto));
child.shared = 99;
console.log(child.shared, Object.keys(child));
// a frozen prototype's read-only properties cannot be shadowed by assignment
const frozenProto = Object.freeze({ locked: 'proto' });
const kid = Object.create(frozenProto);
kid.locked = 'kid';
console.log(kid.locked, kid.hasOwnProperty('locked'));
Object.defineProperty(kid, 'locked', { value: 'defined', enumerable: true });
console.log(kid.locked, Object.keys(kid));
// class instances can be frozen in the constructor
class Immutable { constructor(v) { this.v = v; Object.freeze(this); } }
const im = new Immutable(1);
im.v = 2;
console.log(im.v, Object.isFrozen(im));
class Sub extends Immutable { constructor() { super(1); try { this.extra = 1; } catch (e) {} } }
console.log(Object.keys(new Sub()));
(function () {
  'use strict';
  try { new (class extends Immutable { constructor() { super(1); this.extra = 1; } })(); } catch (e) { console.log(e.message); }
})();
