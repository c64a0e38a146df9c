// Math.hypot (Infinity beats NaN), Math.atan2 quadrants and zeros, Math.pow / ** special cases
const f = v => Object.is(v, -0) ? "-0" : String(v);
const hyp = [[], [3, 4], [-3], [-0], [-0, -0], [NaN, Infinity], [Infinity, NaN], [NaN, 1], [-Infinity, 1], [1e200, 1e200], [1e-200, 1e-200], [3, 4, 12], ["3", [4]], [0, 0, 0]];
for (const h of hyp) console.log(JSON.stringify(h.map(f)), f(Math.hypot(...h)));
const log = [];
try { Math.hypot(Infinity, { valueOf() { log.push("second"); return 1; } }, { valueOf() { throw new Error("third"); } }); } catch (e) { console.log(e.message, log.join(",")); }
const at = [[0, 0], [-0, 0], [0, -0], [-0, -0], [1, 0], [-1, 0], [0, 1], [0, -1], [-0, -1], [Infinity, Infinity], [-Infinity, Infinity], [Infinity, -Infinity], [-Infinity, -Infinity], [1, Infinity], [1, -Infinity], [-1, -Infinity], [NaN, 1]];
for (const [y, x] of at) console.log("atan2", f(y), f(x), f(Math.atan2(y, x)));
const pw = [[2, 10], [2, -1], [2, 0.5], [-8, 1 / 3], [0, -1], [-0, -1], [-0, -2], [-0, 3], [0, 0], [NaN, 0], [1, NaN], [1, Infinity], [-1, Infinity], [0.5, Infinity], [0.5, -Infinity], [2, -Infinity], [-Infinity, 3], [-Infinity, -3], [-Infinity, 2], [Infinity, -1], [-2, 0.5], [10, 308], [10, 309], [2, -1074], [2, -1075]];
for (const [a, b] of pw) console.log("pow", f(a), f(b), f(Math.pow(a, b)), f(a ** b));
console.log(Math.hypot.length, Math.atan2.length, Math.pow.length);
