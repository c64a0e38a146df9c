// parseFloat: longest StrDecimalLiteral prefix
const cases = ["3.14", "  -3.14abc", "+.5", "-.5e-3x", ".e1", "-.", "1e", "1e+", "1e+2", "1E2.5", "Infinity", "-Infinityx", "+Infinity", "infinity", "0x10", "0b1", "1_000", "-0", "-0.0e5", "1e1000", "-1e1000", "1e-400", "00.5", "\u00a0\n 7", "\u180e7", "١", "5.", "..5", "", "   ", "NaN", "9007199254740993", "0.1000000000000000055511151231257827"];
for (const s of cases) {
  const r = parseFloat(s);
  console.log(JSON.stringify(s), r, Object.is(r, -0));
}
console.log(parseFloat(null), parseFloat(undefined), parseFloat(true), parseFloat([1.5, 2]), parseFloat({ toString() { return "2.5x"; } }), parseFloat(-0), parseFloat(1e21), parseFloat.length);
try { parseFloat(Symbol()); } catch (e) { console.log(e.name, e.message); }
