// Int32Array / Uint32Array wrap-around conversions
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0, -1, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297, 2 ** 53, 2 ** 53 + 2, -(2 ** 40) - 1, 1e21, 3.99, -3.99, NaN, -Infinity, "4294967295", "-0"];
const i32 = new Int32Array(vals), u32 = new Uint32Array(vals);
vals.forEach((v, i) => console.log(String(v), i32[i], u32[i], Object.is(i32[i], -0)));
show("reinterpret", () => Array.from(new Uint32Array(new Int32Array([-1, -2147483648]).buffer)));
show("sum", () => new Uint32Array([4294967295, 1]).reduce((a, b) => a + b));
