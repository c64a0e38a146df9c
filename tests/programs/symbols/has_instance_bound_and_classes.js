class A {}
class B extends A {}
const b = new B();
console.log(b instanceof A, b instanceof B, A[Symbol.hasInstance](b), B[Symbol.hasInstance](new A()));
const calls = [];
class Spy { static [Symbol.hasInstance](v) { calls.push(typeof v); return false; } }
console.log(1 instanceof Spy, "s" instanceof Spy, calls);
function F() {}
F.prototype = 3;
try { ({}) instanceof F; } catch (e) { console.log("bad prototype:", e.constructor.name); }
console.log(5 instanceof F);
const arrow = () => {};
try { ({}) instanceof arrow; } catch (e) { console.log("arrow:", e.constructor.name); }
