// Math.max / Math.min: -0 ordering, NaN, and coercion of every argument first
const f = v => Object.is(v, -0) ? "-0" : String(v);
const cases = [[], [1], [1, 2, 3], [-0, 0], [0, -0], [-0, -0], [NaN, 1], [1, NaN], [Infinity, -Infinity], ["3", "10"], [null, -1], [undefined, 1], [[2], [1]], [true, false], [-1e-300, -0]];
for (const c of cases) console.log(JSON.stringify(c.map(f)), f(Math.max(...c)), f(Math.min(...c)));
const log = [];
const v = (n, x) => ({ valueOf() { log.push(n); return x; } });
console.log(Math.max(v("a", 1), v("b", NaN), v("c", 3)), log.join(","));
log.length = 0;
try { Math.min(v("a", 1), { valueOf() { throw new Error("stop"); } }, v("c", 3)); } catch (e) { console.log(e.message, log.join(",")); }
log.length = 0;
try { Math.max(v("a", 1), 1n, v("c", 3)); } catch (e) { console.log(e.name, log.join(",")); }
console.log(Math.max.length, Math.min.length, Math.max.name);
console.log(Math.max.apply(null, Array.from({ length: 1000 }, (_, i) => i)), Math.min(...[5, 3, 9]));
