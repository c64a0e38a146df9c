// Every superinstruction (LOAD_LOCAL+GET_PROP, LOAD_THIS+GET_PROP, i++ as a statement,
// LT+JUMP_IF_FALSE, SET_PROP+POP, ...) on its slow paths: non-number operands, getters,
// setters, primitives, errors and where they are reported.
"use strict";
const log = [];
function where(e) {
  // the first frame's line:column, as node reports it
  const m = /:(\d+):(\d+)\)?$/m.exec(e.stack.split("\n")[1]);
  return e.name + ": " + e.message + " @" + (m ? m[1] + ":" + m[2] : "?");
}

// i++ as a statement on every kind of value
function incs() {
  let a = 1.5, b = "41", c = 10n, d = { valueOf() { log.push("valueOf"); return 7; } }, e = null, f;
  a++; b++; c++; d++; e++; f++;
  return [a, b, c, d, e, f];
}
console.log(String(incs()), log.splice(0).join());
function incSymbol() { let s = Symbol("s"); s++; return s; }
try { incSymbol(); } catch (e) { console.log(where(e)); }
function incMixed() { let x = 1n; for (let i = 0; i < 3; i++) { x++; } return x; }
console.log(incMixed());

// a < b in a condition: numbers, strings, objects with side effects, NaN, BigInt
function lt(a, b) { if (a < b) return "lt"; return "not"; }
const tagged = (name, v) => ({ valueOf() { log.push(name); return v; } });
console.log(lt(1, 2), lt(2, 1), lt(NaN, 1), lt(1, NaN), lt("a", "b"), lt("b", "a"), lt("10", "9"),
            lt("10", 9), lt(1n, 2), lt(2n, 1n), lt("x", 1), lt(undefined, 1), lt(null, 1));
console.log(lt(tagged("left", 1), tagged("right", 2)), log.splice(0).join());
function loopWithObjects() {
  let n = 0;
  const lim = tagged("limit", 3);
  for (let i = 0; i < lim; i++) n++;
  return n;
}
console.log(loopWithObjects(), log.splice(0).length);
function ltSymbol(a) { if (a < 1) return 1; return 0; }
try { ltSymbol(Symbol()); } catch (e) { console.log(where(e)); }

// o.x on a local: ordinary objects, getters, arrays, strings, primitives, errors
function get(o) { return o.x; }
const withGetter = { get x() { log.push("getter"); return "g"; } };
console.log(get({ x: 1 }), get(withGetter), get([1, 2]), get("str"), get(5), log.splice(0).join());
function len(o) { return o.length; }
console.log(len([1, 2, 3]), len("abcd"), len({ length: "L" }), len(function (a, b) {}));
try { get(undefined); } catch (e) { console.log(where(e)); }
try { get(null); } catch (e) { console.log(where(e)); }
function chain(o) { return o.a.b.c; }
try { chain({ a: {} }); } catch (e) { console.log(where(e)); }

// this.x in methods, getters, on primitives (strict: this stays primitive)
class P {
  constructor(x) { this.x = x; }
  get double() { return this.x * 2; }
  read() { return this.x; }
  readDouble() { return this.double; }
}
const p = new P(21);
console.log(p.read(), p.readDouble(), P.prototype.read.call({ x: "other" }),
            P.prototype.read.call("prim"), P.prototype.read.call(7));
try { P.prototype.read.call(undefined); } catch (e) { console.log(where(e)); }
class Q extends P {
  constructor() {
    let early;
    try { early = this.x; } catch (e) { console.log(e.name + ": " + e.message); }
    super(1);
    const arrow = () => this.x;
    console.log(arrow(), early);
  }
}
new Q();

// o.x = v as a statement: setters, frozen objects, non-writable, primitives (strict mode)
function set(o, v) { o.x = v; }
const withSetter = { set x(v) { log.push("set " + v); } };
set(withSetter, 3);
const plain = {};
set(plain, 4);
console.log(plain.x, log.splice(0).join());
try { set(Object.freeze({ x: 1 }), 2); } catch (e) { console.log(where(e)); }
try { set("str", 1); } catch (e) { console.log(where(e)); }
try { set(undefined, 1); } catch (e) { console.log(where(e)); }
function setThis(v) { this.y = v; }
const target = {};
setThis.call(target, 9);
console.log(target.y);

// pairs of locals, a local and a constant, store-then-load
function pairs(a, b) {
  let s = a + b;
  let t = s * 2;
  t = t - 1;
  s = t;
  return [s, t, a - 1, b % 3];
}
console.log(String(pairs(5, 7)), String(pairs("5", 7)));
function same(a) { let x; x = a; return x; }
console.log(same("kept"));
