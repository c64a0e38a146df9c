// Math.sumPrecise (ES2026, sec-math.sumprecise): node 20 lacks it, so the expected output
// was derived from the spec by hand: the exact mathematical sum rounded once; -0 for an
// empty list or only -0s; NaN / ±Infinity from the state machine; TypeError for non-Numbers.
const f = v => Object.is(v, -0) ? "-0" : String(v);
const cases = [[], [-0], [-0, -0], [0], [-0, 0], [1, 2, 3], [0.1, 0.2], [0.1, 0.2, 0.3], [1e20, 0.1, -1e20], [1e308, 1e308], [1e308, 1e308, -1e308], [Number.MAX_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE], [-Number.MAX_VALUE, -Number.MAX_VALUE], [2 ** 53, 1], [2 ** 53, 1, 1], [1, -1], [-1, 1, -0], [5e-324, 5e-324], [Infinity, 1], [Infinity, -Infinity], [-Infinity, -Infinity, 1], [NaN, Infinity], [Infinity, NaN], [1e16, 1, -1e16], [3, 0.1, -3]];
for (const c of cases) console.log(JSON.stringify(c.map(f)), f(Math.sumPrecise(c)));
console.log(f(Math.sumPrecise(new Set([1.5, 2.5]))), f(Math.sumPrecise((function* () { yield 0.5; yield 0.25; })())));
for (const bad of [[1, "2"], [1n], [null], [undefined], [{}], [new Number(1)]]) {
  try { Math.sumPrecise(bad); console.log("no error"); } catch (e) { console.log(e.name); }
}
for (const bad of [undefined, null, 1, {}]) {
  try { Math.sumPrecise(bad); console.log("no error"); } catch (e) { console.log(e.name); }
}
let closed = 0;
const iter = { [Symbol.iterator]() { let i = 0; return { next() { i++; return { done: i > 3, value: i === 2 ? "x" : i }; }, return() { closed++; return {}; } }; } };
try { Math.sumPrecise(iter); } catch (e) { console.log(e.name, "closed", closed); }
console.log(Math.sumPrecise.length, Math.sumPrecise.name, f(Math.sumPrecise("")));
