// Float64Array keeps doubles exactly; -0, NaN, Infinity round-trip
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const f = new Float64Array([0.1, -0, NaN, Infinity, -Infinity, 2 ** 53 + 1, 5e-324, 1.7976931348623157e308, "3.25", null, undefined, true]);
for (let i = 0; i < f.length; i++) console.log(i, f[i], Object.is(f[i], -0));
show("bytes of 1.5", () => Array.from(new Uint8Array(new Float64Array([1.5]).buffer)));
show("bytes of -0", () => Array.from(new Uint8Array(new Float64Array([-0]).buffer)));
show("includes NaN", () => f.includes(NaN));
show("indexOf NaN", () => f.indexOf(NaN));
show("includes -0 as 0", () => [f.includes(0), f.indexOf(0), f.lastIndexOf(-0)]);
show("length props", () => [f.length, f.byteLength, f.byteOffset, f.buffer.byteLength]);
