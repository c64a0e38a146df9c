// abs/floor/ceil/round/trunc/sign with -0, halves, huge values, NaN and coercion
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
const inputs = [0, -0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 1e-300, -1e-300,
  4503599627370495.5, -4503599627370495.5, 9007199254740993, Number.MAX_VALUE, -Number.MIN_VALUE, Infinity, -Infinity, NaN];
for (const f of ["abs", "floor", "ceil", "round", "trunc", "sign"]) {
  console.log(f.padEnd(5), inputs.map(x => fmt(Math[f](x))).join(" "));
}
// coercion of arguments
const log = [];
const obj = { valueOf() { log.push("valueOf"); return -2.5; }, toString() { log.push("toString"); return "9"; } };
console.log(fmt(Math.round(obj)), fmt(Math.floor("  -3.5  ")), fmt(Math.ceil(null)), fmt(Math.trunc(undefined)), fmt(Math.abs("-0")), fmt(Math.sign(true)), log.join());
console.log(fmt(Math.abs([-4])), fmt(Math.abs([1, 2])), fmt(Math.floor("0x1f")), fmt(Math.ceil("")), fmt(Math.round(" -0.2 ")));
try { Math.abs(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Math.floor(1n); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// missing arguments -> NaN
console.log(Math.abs(), Math.floor(), Math.sign(), Math.round());
// extra arguments ignored but still not coerced
let touched = false;
Math.abs(1, { valueOf() { touched = true; return 0; } });
console.log("extra coerced:", touched);
// round results around -0
console.log([-0.4, -0.5, -0.6, -0, -1e-10].map(x => fmt(Math.round(x))).join(" "));
console.log([-0.9, -0.1].map(x => fmt(Math.ceil(x))).join(" "), [0.9, -0.9].map(x => fmt(Math.trunc(x))).join(" "));
// function properties
console.log(Math.round.length, Math.abs.name, typeof Math, Object.prototype.toString.call(Math), Math[Symbol.toStringTag]);
