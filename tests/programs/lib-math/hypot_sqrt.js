// hypot special cases (Infinity beats NaN, coercion of all args, -0) and sqrt of exact squares
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
console.log(fmt(Math.hypot()), fmt(Math.hypot(-0)), fmt(Math.hypot(-0, -0)), fmt(Math.hypot(0, -0)));
console.log(fmt(Math.hypot(3, 4)), fmt(Math.hypot(-3, -4)), fmt(Math.hypot(5, 12)), fmt(Math.hypot(-5)), fmt(Math.hypot(8, 15)));
console.log(fmt(Math.hypot(NaN, Infinity)), fmt(Math.hypot(-Infinity, NaN)), fmt(Math.hypot(NaN, 1)), fmt(Math.hypot(1, undefined)));
console.log(fmt(Math.hypot(Infinity)), fmt(Math.hypot(1, -Infinity)), fmt(Math.hypot(NaN)));
console.log(fmt(Math.hypot("3", [4])), fmt(Math.hypot(null, 2)), fmt(Math.hypot(true, true, true, true)));
console.log(fmt(Math.hypot(1e200, 1e200) > 1e200), fmt(Math.hypot(1e-200, 0)), Math.hypot(3e300, 4e300), Math.hypot(3e-300, 4e-300));
// all args coerced before any check; errors propagate
const log = [];
const v = (n, x) => ({ valueOf() { log.push(n); return x; } });
console.log(fmt(Math.hypot(v("a", Infinity), v("b", NaN), v("c", 1))), log.join());
try { Math.hypot(v("d", 1), Symbol(), v("e", 2)); } catch (e) { console.log(e.constructor.name, log.join()); }
console.log(Math.hypot.length);
// sqrt exact results
const sq = [0, -0, 1, 4, 9, 16, 0.25, 6.25, 1e-300 * 1e-300 === 0 ? 0 : 1, 2 ** 100, 2 ** -100, 144, 1e10, 1e20, 4503599627370496, 9007199254740992 * 4];
console.log(sq.map(x => fmt(Math.sqrt(x))).join(" "));
console.log([-1, -0.5, -Infinity, NaN, Infinity, "16", "", null, [9], "x"].map(x => fmt(Math.sqrt(x))).join(" "));
console.log(Math.sqrt(2) * Math.sqrt(2) === 2, Math.sqrt(2) === Math.SQRT2, Math.sqrt(0.5) === Math.SQRT1_2);
// cbrt exact cubes
console.log([0, -0, 8, -27, 64, 1000, -Infinity, NaN, 0.125].map(x => fmt(Math.cbrt(x))).join(" "));
