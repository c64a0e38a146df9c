// parseInt / parseFloat oddities
const pi = [["123abc"], ["  -42"], ["+7"], ["0x1A"], ["0x1A", 16], ["0x1A", 10], ["1A", 16], ["0b11"], ["0b11", 2], ["11", 2], ["12", 2], ["0o7"], ["077"], ["08"], [""], [" "], ["-"], ["-0"], ["0.0000005"],
  [0.0000005], [1e21], [-1e21], [123.9], ["Infinity"], [null, 36], [undefined, 36], ["z", 36], ["Z", 36], ["10", 37], ["10", 1], ["10", 0], ["10", -0], ["10", NaN], ["10", 4294967312], ["10", -4294967280],
  ["10", "16"], ["10", 16.9], ["ff", 15], ["9007199254740993"], ["123456789012345678901234567890"], ["\u00A0 5"], ["\u180E5"], ["٣"], ["1e3"], ["1_000"], ["-0x10"], ["0x"], ["0X10", 16], ["- 5"], ["--5"]];
for (const a of pi) {
  const r = parseInt(...a);
  console.log(JSON.stringify(a, (k, v) => v === undefined ? "u" : typeof v === "number" && !isFinite(v) ? String(v) : v).padEnd(40), String(r), Object.is(r, -0) ? "neg0" : "");
}
const pf = ["3.14abc", ".5", "-.5e-3", "1e", "1e+", "1e5x", "Infinityx", "-Infinity", "+Infinity", "infinity", "0x10", "0b1", "  \n 2.5", "1.2.3", "..1", "-", "+", "", "1_0", "-0", "-0.0e5", "5e-324", "2e-324", "1e309", "\uFEFF1.5", "1.7976931348623159e308", "0.1e-0", "12e3.4", "Infinity1"];
for (const s of pf) { const r = parseFloat(s); console.log(JSON.stringify(s).padEnd(26), String(r), Object.is(r, -0) ? "neg0" : ""); }
// coercion order
const log = [];
parseInt({ toString() { log.push("str"); return "10"; } }, { valueOf() { log.push("radix"); return 2; } });
console.log(log.join(","), parseFloat({ toString() { return "7.5x"; } }), parseInt([" 12", 3]), parseFloat(["1.5", 2]));
try { parseInt(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { parseFloat(Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, parseInt.length, parseFloat.length, parseInt.name);
console.log(["1", "2", "3"].map(parseInt).join(","), ["10", "10", "10", "10"].map(parseInt).join(","), ["1.5", "2.5"].map(parseFloat).join(","));
