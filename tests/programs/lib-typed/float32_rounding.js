// Float32Array rounds doubles to the nearest float32 (ties to even), overflow to Infinity
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0.1, 0.2, 0.3, 1 / 3, 16777217, 16777219, 3.4028234663852886e38, 3.4028235677973366e38, 3.5e38, 1e39, -1e39, 1e-45, 1.401298464324817e-45, 7e-46, 1e-46, -0, NaN, Infinity, 2 ** 24 + 1, 123456789];
const f = new Float32Array(vals);
vals.forEach((v, i) => console.log(String(v), "->", f[i], Object.is(f[i], -0)));
show("Math.fround agrees", () => vals.every((v, i) => Object.is(Math.fround(v), f[i])));
show("bits of 1", () => Array.from(new Uint8Array(new Float32Array([1]).buffer)));
show("bits of -2.5", () => Array.from(new Uint8Array(new Float32Array([-2.5]).buffer)));
