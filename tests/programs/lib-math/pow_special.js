// Math.pow / ** special cases from the Number::exponentiate table
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
const P = (b, e) => fmt(Math.pow(b, e));
console.log("NaN exp:", P(1, NaN), P(NaN, NaN), P(0, NaN));
console.log("exp 0:", P(NaN, 0), P(NaN, -0), P(Infinity, 0), P(-0, -0), P(0, 0));
console.log("base NaN:", P(NaN, 1), P(NaN, -1));
console.log("Infinity base:", P(Infinity, 1), P(Infinity, 0.5), P(Infinity, -1), P(Infinity, -0.5));
console.log("-Infinity base:", P(-Infinity, 3), P(-Infinity, 2), P(-Infinity, 0.5), P(-Infinity, -3), P(-Infinity, -2), P(-Infinity, -0.5));
console.log("+0 base:", P(0, 1), P(0, 0.5), P(0, -1), P(0, -0.5));
console.log("-0 base:", P(-0, 3), P(-0, 2), P(-0, 0.5), P(-0, -3), P(-0, -2), P(-0, -0.5), P(-0, -Infinity), P(-0, Infinity));
console.log("|b|>1:", P(2, Infinity), P(-2, Infinity), P(2, -Infinity), P(-2, -Infinity));
console.log("|b|==1:", P(1, Infinity), P(-1, Infinity), P(1, -Infinity), P(-1, -Infinity));
console.log("|b|<1:", P(0.5, Infinity), P(-0.5, Infinity), P(0.5, -Infinity), P(-0.5, -Infinity));
console.log("neg finite base, non-int exp:", P(-8, 1 / 3), P(-2, 0.5), P(-1, 1.5));
console.log("exact:", P(2, 10), P(2, -2), P(-2, 3), P(-2, 2), P(10, 3), P(3, 0), P(1, 1e308), P(2, 1023), P(2, 1024), P(2, -1074), P(2, -1075));
// ** operator agrees, including with -0 and unary precedence via parentheses
console.log(fmt((-0) ** 3), fmt((-0) ** -3), fmt(2 ** -0), fmt((-2) ** 2), fmt(2 ** 3 ** 2), fmt((2 ** 3) ** 2));
// coercion order: base then exponent
const log = [];
Math.pow({ valueOf() { log.push("base"); return 2; } }, { valueOf() { log.push("exp"); return 3; } });
console.log(log.join());
console.log(P("2", "3"), P(null, 0), P(undefined, 0), P([], []), P(true, -1));
try { Math.pow(2n, 2); } catch (e) { console.log(e.constructor.name); }
console.log(Math.pow.length, fmt(Math.pow()), fmt(Math.pow(5)));
// BigInt ** is separate
console.log(2n ** 64n, (-3n) ** 3n);
try { 2n ** -1n; } catch (e) { console.log(e.constructor.name); }
