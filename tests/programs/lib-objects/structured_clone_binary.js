// structuredClone of ArrayBuffer, typed arrays (shared buffers stay shared) and DataView
const b = new Uint8Array([1, 2, 3]);
const c = structuredClone(b); c[0] = 9; console.log(b, c, c.buffer !== b.buffer);
const ab = new ArrayBuffer(4); new Uint8Array(ab)[1] = 7; const abc = structuredClone(ab); console.log(abc, abc.byteLength);
const shared = new Uint16Array([1, 2, 3, 4]); const pair = structuredClone({a: shared, b: shared}); console.log(pair.a === pair.b);
const sub = new Int32Array(new ArrayBuffer(16), 4, 2); const subc = structuredClone(sub); console.log(subc, subc.byteOffset, subc.buffer.byteLength);
const dv = new DataView(new ArrayBuffer(8), 2, 4); const dvc = structuredClone(dv); console.log(dvc.byteOffset, dvc.byteLength);
console.log(structuredClone(new Float64Array([1.5, -0])));
