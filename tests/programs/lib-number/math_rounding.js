// Math.round / floor / ceil / trunc / sign / abs with -0, halves and huge values
const xs = [0, -0, 0.4, 0.5, 0.49999999999999994, 1.5, 2.5, -0.4, -0.5, -0.5000000000000001, -1.5, -2.5, 4503599627370495.5, 4503599627370497, -4503599627370495.5, 2 ** 52 + 0.5, 1e300, -1e-300, 5e-324, -5e-324, NaN, Infinity, -Infinity];
const f = v => Object.is(v, -0) ? "-0" : String(v);
for (const x of xs) console.log(f(x), f(Math.round(x)), f(Math.floor(x)), f(Math.ceil(x)), f(Math.trunc(x)), f(Math.sign(x)), f(Math.abs(x)));
console.log(f(Math.round("2.5")), f(Math.floor(null)), f(Math.ceil(undefined)), f(Math.trunc([-0.5])), f(Math.sign(true)), f(Math.abs("-3")), f(Math.round()));
try { Math.round(1n); } catch (e) { console.log(e.name, e.message); }
try { Math.floor(Symbol()); } catch (e) { console.log(e.name, e.message); }
