// console.log formatting of typed arrays, ArrayBuffer and DataView (node's util.inspect)
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([1.5, -0, NaN, Infinity]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array(0));
console.log(new Int8Array(0));
console.log(new Uint16Array(10));
console.log(new Int32Array(30).map((_, i) => i * i));
console.log(new Uint8Array(150));
console.log([new Uint8Array(2), { t: new Int16Array([-1]) }]);
console.log(new ArrayBuffer(0), new ArrayBuffer(4));
const b = new ArrayBuffer(3); new Uint8Array(b).set([1, 171, 255]); console.log(b);
console.log(new SharedArrayBuffer(2));
console.log(new DataView(new ArrayBuffer(2), 1));
console.log({ d: new DataView(new ArrayBuffer(1)) });
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
const t = new Uint8Array(2); t.extra = "x"; console.log(t);
console.log(new Float32Array([0.1, 2.5]));
console.log(new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 })));
console.log(new ArrayBuffer(120));
console.log(String(new Uint8Array(2)), `${new Float64Array([1.5])}`);
