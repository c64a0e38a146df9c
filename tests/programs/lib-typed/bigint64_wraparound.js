// BigInt64Array: ToBigInt64 wraps modulo 2**64
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0n, 1n, -1n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n, 2n ** 64n + 5n, 2n ** 100n + 3n, -(2n ** 100n), true, false, "123", "-0x10".length ? "0x10" : 0];
const b = new BigInt64Array(vals);
vals.forEach((v, i) => console.log(String(v), "->", b[i]));
show("typeof", () => typeof b[0]);
show("bytes of -1n", () => Array.from(new Uint8Array(new BigInt64Array([-1n]).buffer)));
show("number throws", () => { b[0] = 1; return b[0]; });
show("string not int", () => { b[0] = "1.5"; return b[0]; });
show("undefined throws", () => { b[0] = undefined; });
show("sort", () => new BigInt64Array([5n, -3n, 2n ** 62n, 0n]).sort().join());
show("out of range write still converts", () => { try { b[100] = 1; } catch (e) { return e.name; } return "no throw"; });
