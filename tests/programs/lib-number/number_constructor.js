// Number(): string numeric literals, BigInt, objects and wrappers
const strs = ["", " ", "  12  ", "\n\t1.5\u00a0", "0x1F", "0X1f", "0b101", "0o17", "-0x10", "+0x10", "0x", "1e3", "1E-3", ".5", "5.", ".", "+.5", "-", "1_000", "Infinity", "-Infinity", "+Infinity", "infinity", "INFINITY", "1e1000", "-1e-1000", "00012", "0.0000001", "12px", "\u2028 3 \u3000", "\ufeff4", "0b2", "1n", "١٢"];
for (const s of strs) console.log(JSON.stringify(s), Number(s), Object.is(Number(s), -0));
const vals = [undefined, null, true, false, [], [5], [1, 2], {}, { valueOf() { return "7"; } }, new Date(0), 12n, -(2n ** 1100n), 2n ** 1024n - 1n, 2n ** 53n + 1n];
for (const v of vals) console.log(typeof v === "bigint" ? "bigint" : String(v), Number(v));
try { Number(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { +1n; } catch (e) { console.log(e.name, e.message); }
const n = new Number("42");
console.log(typeof n, n + 1, n.valueOf(), Object.prototype.toString.call(n), n instanceof Number, Number(), new Number().valueOf());
class N extends Number { double() { return this * 2; } }
console.log(new N(21).double(), new N("3") instanceof Number, Number.length, Number.name);
