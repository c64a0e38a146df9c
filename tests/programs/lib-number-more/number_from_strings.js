// Number() on strings: whitespace, underscores, prefixes, Infinity variants, signs
const inputs = ["", " ", "\n\t", "42", " 42 ", "+42", "-42", "4_2", "1_000", "0x1F", "0X1f", "-0x1F", "+0x1F", "0b101", "0B2", "0o17", "0O8", "0o", "0x", "0xg",
  "Infinity", "+Infinity", "-Infinity", "infinity", "INFINITY", "Inf", "1e3", "1E3", "1e", "e3", ".5", "5.", ".", "-.5", "+.5e1", "1e+3", "1e-3", "1e+", "00012", "-00.1",
  "0.0000001", "1e400", "-1e400", "1e-400", "12px", "1 2", "0x1F.5", "\u00A01\u00A0", "\uFEFF7", "٣", "１", "1n", "NaN", "-0", "0x" + "f".repeat(20), "9007199254740993", "123456789012345678901234567890"];
for (const s of inputs) console.log(JSON.stringify(s).padEnd(26), String(Number(s)).padEnd(24), Object.is(Number(s), -0) ? "neg0" : "", +s === Number(s) || (isNaN(+s) && isNaN(Number(s))));
// non-string inputs
console.log(Number(), Number(undefined), Number(null), Number(true), Number([]), Number([5]), Number([1, 2]), Number({}), Number("  \n"), Number(new Date(0)));
console.log(Number(10n), Number(-(2n ** 64n)), Number(2n ** 1024n), Number({ valueOf() { return "0x10"; } }), Number({ toString() { return "0b11"; } }), Number(["0o7"]));
try { Number(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { +1n; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// ToNumber via unary plus agrees except BigInt
console.log(+"0x10", +" 0b11 ", +"1_0", +"", +[], +[[]], +[[1]], +{ valueOf: () => "3" }, -"5", - -"5");
// numeric literals vs strings
console.log(0x1F, 0b101, 0o17, 1_000_000, .5e1, 5., 0.1e-1, 1E2);
console.log(new Number("  12  ").valueOf(), typeof new Number("x"), isNaN(new Number("x")));
