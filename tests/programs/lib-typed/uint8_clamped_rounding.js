// Uint8ClampedArray: ToUint8Clamp rounds half to even and clamps to 0..255
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const vals = [0, 0.4, 0.5, 0.6, 1.5, 2.5, 3.5, 4.5, 254.5, 253.5, 255, 255.5, 256, 1000, -0.5, -1, -1000, NaN, Infinity, -Infinity, "127.5", "128.5", null, true, -0];
const c = new Uint8ClampedArray(vals);
vals.forEach((v, i) => console.log(String(v), "->", c[i]));
show("set clamps", () => { const t = new Uint8ClampedArray(3); t.set([300, -5, 1.5]); return t.join(); });
show("fill clamps", () => new Uint8ClampedArray(3).fill(999).join());
show("from Int16Array", () => new Uint8ClampedArray(new Int16Array([-3, 300, 128])).join());
show("from Float64Array", () => new Uint8ClampedArray(new Float64Array([0.5, 1.5, 2.5, 255.5])).join());
show("map result", () => new Uint8ClampedArray([10, 200]).map(x => x * 2).join());
