// BigInt(): numbers, strings (radix prefixes, whitespace), objects, and the errors
const ok = [0, -0, 1, -1, 2 ** 53, 1e21, -1e100, Number.MAX_VALUE, true, false, "", "  42  ", "-42", "+7", "0x1F", "0XfF", "0o17", "0b101", "007", "\n12\t", "123456789012345678901234567890", 5n, { valueOf() { return 9n; } }, { valueOf() { return 3; } }, ["12"], [5n]];
for (const v of ok) console.log(typeof v === "object" ? JSON.stringify(v, (k, x) => typeof x === "bigint" ? x + "n" : x) : String(v), String(BigInt(v)));
const bad = [1.5, -0.1, NaN, Infinity, 2 ** 53 + 0.5 === 2 ** 53 ? 1e-7 : 0, "1.5", "1e3", "0x", "-0x1", "0b2", "1n", "Infinity", "1_000", " 1 2 ", undefined, null, Symbol("s"), {}, [1, 2], { valueOf() { return Symbol(); } }];
for (const v of bad) {
  try { console.log("ok?", String(BigInt(v))); } catch (e) { console.log(typeof v === "symbol" ? "sym" : JSON.stringify(v) ?? String(v), e.name, e.message); }
}
try { new BigInt(1); } catch (e) { console.log(e.name, e.message); }
console.log(typeof BigInt(1), typeof Object(1n), BigInt.length, BigInt.name, Object.getPrototypeOf(Object(2n)) === BigInt.prototype);
console.log(BigInt(Number.MAX_SAFE_INTEGER) + 2n, BigInt(-(2 ** 64)), BigInt("-0"), Object.is(Number(BigInt(-0)), 0));
