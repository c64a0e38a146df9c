// Private names of the enclosing class bodies are visible to direct eval code.
class C {
  #x = 42;
  static #s = 7;
  #m() { return "m"; }
  get #g() { return "g"; }
  y = eval("this.#x + 1");              // field initializer
  read() { return eval("this.#x"); }
  has(o) { return eval("#x in o"); }
  call() { return eval("this.#m() + this.#g"); }
  write(v) { eval("this.#x = v"); return this.#x; }
  static st() { return eval("C.#s"); }
  arrow() { return (() => eval("this.#x"))(); }
  nested() { return eval("eval('this.#x * 2')"); }
  inner() {
    class D {
      #d = 1;
      both(c) { return eval("c.#x + this.#d"); }
    }
    return new D().both(this);
  }
  bad(src) {
    try { eval(src); return "no error"; } catch (e) { return e.constructor.name; }
  }
}
const c = new C();
console.log(c.y, c.read(), c.has(c), c.has({}), c.call(), c.write(5), C.st());
console.log(c.arrow(), c.nested(), c.inner());
console.log(c.bad("this.#nope"), c.bad("#nope in this"), c.bad("class E { f() { return this.#x; } }"));
try { eval("this.#x"); } catch (e) { console.log("outside:", e.constructor.name); }
