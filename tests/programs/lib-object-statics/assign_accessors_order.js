// Object.assign: getter invocation order, setters on target, symbols after strings, integer keys first
const log = [];
const sym1 = Symbol("s1"), sym2 = Symbol("s2");
const src = {};
Object.defineProperty(src, "b", { get() { log.push("get b"); return 2; }, enumerable: true });
src[sym1] = "sym1";
Object.defineProperty(src, "a", { get() { log.push("get a"); return 1; }, enumerable: true });
src[10] = "ten"; src[2] = "two";
Object.defineProperty(src, "hidden", { value: "h", enumerable: false });
Object.defineProperty(src, sym2, { get() { log.push("get sym2"); return "s2v"; }, enumerable: true });
const tgt = {
  set a(v) { log.push("set a=" + v); },
  set [sym1](v) { log.push("set sym1=" + v); },
};
const r = Object.assign(tgt, src);
console.log(r === tgt, log.join(" | "));
console.log(Reflect.ownKeys(r).map(String).join(","));
console.log("hidden" in r, r.b, r[sym2]);
// null/undefined sources skipped, primitives wrapped
console.log(JSON.stringify(Object.assign({}, null, undefined, "xy", 5, true, [7, 8])));
// target primitive gets wrapped
const w = Object.assign(3, { p: 1 });
console.log(typeof w, w instanceof Number, w.p, +w);
try { Object.assign(null, {}); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Object.assign(undefined); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// throwing getter stops copying mid-way
const partial = {};
const bad = { x: 1, get y() { throw new Error("boom y"); }, z: 3 };
try { Object.assign(partial, bad); } catch (e) { console.log(e.message, JSON.stringify(partial)); }
// non-writable target property throws in assign (strict semantics)
const frozenTarget = Object.defineProperty({}, "k", { value: 0, writable: false, enumerable: true });
try { Object.assign(frozenTarget, { k: 1 }); } catch (e) { console.log(e.constructor.name, frozenTarget.k); }
try { Object.assign(Object.freeze({}), { n: 1 }); } catch (e) { console.log(e.constructor.name); }
// getter that deletes a later property: deleted property is skipped
const mut = { get first() { delete this.second; return "f"; }, second: "s", third: "t" };
console.log(JSON.stringify(Object.assign({}, mut)));
// getter that makes a later property non-enumerable
const mut2 = { get first() { Object.defineProperty(this, "second", { enumerable: false }); return 1; }, second: 2 };
console.log(JSON.stringify(Object.assign({}, mut2)));
// proxy source: trap order
const plog = [];
const p = new Proxy({ q: 1, [sym1]: 2 }, {
  ownKeys(t) { plog.push("ownKeys"); return Reflect.ownKeys(t); },
  getOwnPropertyDescriptor(t, k) { plog.push("gopd " + String(k)); return Reflect.getOwnPropertyDescriptor(t, k); },
  get(t, k) { plog.push("get " + String(k)); return Reflect.get(t, k); },
});
Object.assign({}, p);
console.log(plog.join(", "));
// assign onto array
console.log(JSON.stringify(Object.assign([1, 2, 3], [9], { length: 5 })), Object.assign([1, 2, 3], { length: 1 }).length);
console.log(Object.assign.length, Object.assign.name);
