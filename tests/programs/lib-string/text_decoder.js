// TextDecoder: labels, BOM handling, fatal mode, streaming and buffer sources
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM, Object.prototype.toString.call(td), TextDecoder.length);
const bytes = a => new Uint8Array(a);
console.log(JSON.stringify(td.decode(bytes([0x68, 0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80]))), JSON.stringify(td.decode()), JSON.stringify(td.decode(undefined)));
console.log(JSON.stringify(td.decode(bytes([0xef, 0xbb, 0xbf, 0x41]))), JSON.stringify(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes([0xef, 0xbb, 0xbf, 0x41]))));
const invalid = [[0xff], [0x80], [0xc3], [0xc3, 0x28], [0xe2, 0x82], [0xe2, 0x28, 0xa1], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf4, 0x90, 0x80, 0x80], [0x61, 0xf8, 0x62]];
for (const inv of invalid) {
  let fatal;
  try { fatal = new TextDecoder("utf-8", { fatal: true }).decode(bytes(inv)); } catch (e) { fatal = e.name + " " + e.code + " " + e.message; }
  console.log(inv.join(","), JSON.stringify(td.decode(bytes(inv))), fatal);
}
for (const label of ["utf8", "UTF-8", " utf-8 ", "unicode-1-1-utf-8", "utf-16le", "utf-16", "latin1", "ascii", "iso-8859-1"]) {
  console.log(JSON.stringify(label), new TextDecoder(label).encoding);
}
for (const label of ["foo", "utf-32", ""]) {
  try { new TextDecoder(label); } catch (e) { console.log(e.name, e.code, e.message); }
}
const u16 = new TextDecoder("utf-16le");
console.log(JSON.stringify(u16.decode(bytes([0x41, 0, 0x3d, 0xd8, 0x00, 0xde, 0xff, 0xfe]))), JSON.stringify(u16.decode(bytes([0xff, 0xfe, 0x41, 0]))), JSON.stringify(u16.decode(bytes([0x41]))));
const st = new TextDecoder();
const parts = [[0xe2], [0x82], [0xac, 0xf0, 0x9f], [0x98, 0x80, 0x41]];
console.log(parts.map(p => JSON.stringify(st.decode(bytes(p), { stream: true }))).join(" "), JSON.stringify(st.decode()));
const st2 = new TextDecoder();
console.log(JSON.stringify(st2.decode(bytes([0xe2, 0x82]), { stream: true })), JSON.stringify(st2.decode(bytes([0x41]))));
const buf = bytes([0x61, 0x62, 0x63, 0x64]).buffer;
console.log(td.decode(buf), td.decode(new DataView(buf, 1, 2)), td.decode(new Uint8Array(buf, 2)), td.decode(new Uint16Array(buf)), td.decode(new Int8Array(0)));
for (const bad of ["abc", 12, {}, [1, 2], null]) {
  try { td.decode(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { TextDecoder.prototype.decode.call({}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), new TextDecoder("utf-8", { fatal: 1 }).fatal, new TextDecoder(undefined, { ignoreBOM: "x" }).ignoreBOM);
