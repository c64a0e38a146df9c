// TextEncoder: encoding, encode (USVString conversion) and encodeInto
const te = new TextEncoder();
console.log(te.encoding, Object.prototype.toString.call(te), TextEncoder.length, TextEncoder.name);
for (const s of ["", "abc", "é", "€", "😀", "\ud800", "a\udc00b", "\ud83d\ude00\ud83d", "\u0000", "\uffff"]) {
  const b = te.encode(s);
  console.log(JSON.stringify(s), b.length, Array.from(b).join(","), b instanceof Uint8Array, b.buffer.byteLength);
}
console.log(Array.from(te.encode()), Array.from(te.encode(undefined)), Array.from(te.encode(null)), Array.from(te.encode(12)), Array.from(te.encode({ toString() { return "o"; } })));
for (const [src, n] of [["abc", 2], ["aé", 2], ["aé", 3], ["😀", 3], ["😀", 4], ["x😀y", 5], ["\ud800", 3], ["", 2], ["é€😀", 100]]) {
  const u = new Uint8Array(n);
  const r = te.encodeInto(src, u);
  console.log(JSON.stringify(src), n, JSON.stringify(r), Array.from(u).join(","));
}
const big = new Uint8Array(8);
const view = big.subarray(2, 5);
console.log(JSON.stringify(te.encodeInto("hello", view)), Array.from(big).join(","));
for (const bad of [[1], new Uint16Array(2), null, new ArrayBuffer(2)]) {
  try { te.encodeInto("a", bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { TextEncoder(); } catch (e) { console.log(e.name, e.message); }
try { TextEncoder.prototype.encode.call({}, "a"); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getOwnPropertyNames(TextEncoder.prototype), TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length);
