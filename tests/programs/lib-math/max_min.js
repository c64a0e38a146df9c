// Math.max/min: coercion order (all args coerced), -0 vs 0, NaN anywhere, empty
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
console.log(fmt(Math.max()), fmt(Math.min()));
console.log(fmt(Math.max(0, -0)), fmt(Math.max(-0, 0)), fmt(Math.min(0, -0)), fmt(Math.min(-0, 0)));
console.log(fmt(Math.max(-0, -0)), fmt(Math.min(0, 0)), fmt(Math.max(-0)), fmt(Math.min(-0)));
console.log(fmt(Math.max(1, NaN, 3)), fmt(Math.min(NaN, -Infinity)), fmt(Math.max(Infinity, NaN)));
console.log(fmt(Math.max(-Infinity, -1e308)), fmt(Math.min(Infinity, 1e308)), fmt(Math.max(-Infinity)), fmt(Math.min(Infinity)));
console.log(fmt(Math.max("10", "9")), fmt(Math.min("10", "9")), fmt(Math.max(null, -1)), fmt(Math.min(undefined, 1)));
console.log(fmt(Math.max(true, false)), fmt(Math.min([], [5])), fmt(Math.max([1, 2])), fmt(Math.max("")));
// every argument coerced, in order, even after NaN
const log = [];
const v = (name, val) => ({ valueOf() { log.push(name); return val; } });
console.log(fmt(Math.max(v("a", 1), v("b", NaN), v("c", 3))), log.join());
log.length = 0;
console.log(fmt(Math.min(v("x", NaN), v("y", -1))), log.join());
// error in a later coercion propagates after earlier ones ran
log.length = 0;
try { Math.max(v("p", 1), { valueOf() { throw new RangeError("bad"); } }, v("q", 2)); }
catch (e) { console.log(e.constructor.name + ": " + e.message, log.join()); }
try { Math.min(1, Symbol()); } catch (e) { console.log(e.constructor.name); }
try { Math.max(0, 1n); } catch (e) { console.log(e.constructor.name); }
// spread and apply
const arr = [3, -7, 12.5, 0, -0];
console.log(Math.max(...arr), Math.min(...arr), Math.max.apply(null, arr), Math.min.apply(null, []));
// lengths
console.log(Math.max.length, Math.min.length, Math.max.name);
// -0 mixed deep in list
console.log(fmt(Math.max(-1, -0, -2)), fmt(Math.min(1, 0, -0, 2)), fmt(Math.min(0, 1, -0)), fmt(Math.max(-0, -1, 0)));
