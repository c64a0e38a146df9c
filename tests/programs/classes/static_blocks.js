// Static initialization blocks: order, this, private access, var scoping, early returns not allowed
const log = [];
class A {
  static x = (log.push('field x'), 1);
  static { log.push('block 1, this === A: ' + (this === A) + ', x = ' + this.x); }
  static #secret = 'hidden';
  static { var scoped = 'block var'; log.push('block 2 reads #secret: ' + A.#secret + ' / ' + scoped); }
  static y = (log.push('field y'), this.x + 1);
  static { this.z = this.y * 10; }
}
console.log(log, A.z, typeof scoped);
let getSecret;
class B { #p = 42; static { getSecret = (o) => o.#p; } }
console.log(getSecret(new B()));
class C { static { try { C.missing.prop; } catch (e) { log.push(e.constructor.name); } } }
console.log(log.pop());
try { class D { static { throw new Error('from static block'); } } } catch (e) { console.log(e.message); }
class E { static n = 0; static { E.n++; } static { E.n++; } }
console.log(E.n);
class F { static { const arrow = () => this; log.push(arrow() === F); } static m() { return super.toString === Function.prototype.toString; } }
console.log(log.pop(), F.m());
