// parseInt: whitespace, signs, radix coercion, prefixes and precision
const cases = [["42"], ["  -42abc"], ["+17"], ["-0"], ["0x1f"], ["0X1F", 16], ["0x1f", 10], ["0x"], ["0b11"], ["0o7"], ["08"], ["1e3"], ["12.9"], [".5"], ["", 10], ["  "], ["z", 36], ["Z", 36], ["10", 2], ["10", 37], ["10", 1], ["10", 0], ["10", -1], ["10", 4294967312], ["10", "16"], ["11", 2.9], ["ff", NaN], ["\u00a0\ufeff 9"], ["123456789012345678901234567890"], ["9".repeat(400)], ["0.00000001"], [null, 36], [undefined, 36], [{ toString() { return "77"; } }, 8], [-0], [1e21], [0.0000005], ["\u212a", 36], ["٣"], ["1_000"]];
for (const c of cases) {
  const r = parseInt(...c);
  console.log(JSON.stringify(c.map(String)), r, Object.is(r, -0));
}
const log = [];
parseInt({ toString() { log.push("string"); return "1"; } }, { valueOf() { log.push("radix"); return 10; } });
console.log(log.join(","), parseInt.length, parseInt.name);
try { parseInt(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { parseInt("1", Symbol()); } catch (e) { console.log(e.name, e.message); }
