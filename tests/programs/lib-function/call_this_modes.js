// this binding for calls in sloppy/strict modes, methods on primitives, and getters on primitives
"use strict";
Object.defineProperty(Number.prototype, "selfType", { get() { return typeof this; }, configurable: true });
Object.defineProperty(String.prototype, "strictSelf", { get: function () { return typeof this; }, configurable: true });
Number.prototype.sloppyType = Function("return typeof this");
Number.prototype.strictType = function () { return typeof this; };
console.log((5).selfType, "s".strictSelf, (5).sloppyType(), (5).strictType());
const sloppyThis = Function("return this");
console.log(typeof sloppyThis.call(1), sloppyThis.call(null) === globalThis, sloppyThis.call(undefined) === globalThis, sloppyThis.call("x") instanceof String);
function strictThis() { return this; }
console.log(strictThis.call(1), strictThis.call(null), strictThis.call(undefined), strictThis(), typeof strictThis.call(true));
const boxed = sloppyThis.call(7);
console.log(boxed.valueOf(), boxed === sloppyThis.call(7), typeof boxed);
// method extraction loses this
const obj = { v: 1, get() { return this === undefined ? "undefined" : this.v; } };
const g = obj.get;
console.log(obj.get(), g(), (0, obj.get)(), (obj.get)(), (obj?.get)());
// optional call preserves this
console.log(obj.get?.(), obj?.["get"]());
// this in arrow captures enclosing
const holder = { v: "holder", make() { return () => this.v; } };
const arrowFn = holder.make();
console.log(arrowFn(), arrowFn.call({ v: "other" }), arrowFn.bind({ v: "bound" })());
// this in nested function within strict mode
const outer = { m() { function inner() { return this; } return inner(); } };
console.log(outer.m());
// callbacks with thisArg
console.log([1].map(function () { return this; }, 5)[0], [1].map(function () { return this; })[0]);
console.log(Array.from([1], function () { return typeof this; }, "str")[0]);
const sloppyCb = Function("return typeof this");
console.log([1].map(sloppyCb, 5)[0], [1].map(sloppyCb)[0]);
// tagged templates this
const tagObj = { tag() { return this === tagObj; } };
console.log(tagObj.tag``, (0, tagObj.tag)`` === false);
// with getter on primitive via Reflect.get receiver
console.log(Reflect.get(Number.prototype, "selfType", 9), Reflect.get(Number.prototype, "selfType", "s"));
// super property access uses this
class A { who() { return "A:" + typeof this; } }
class B extends A { who() { return super.who.call(3); } }
console.log(new B().who());
delete Number.prototype.selfType; delete String.prototype.strictSelf; delete Number.prototype.sloppyType; delete Number.prototype.strictType;
console.log((5).selfType);
