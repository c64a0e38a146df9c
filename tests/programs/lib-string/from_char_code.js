// String.fromCharCode: ToUint16 wrap-around on every argument
const codes = [65, 65.9, -1, 65536 + 66, 2 ** 32 + 67, -65536 + 68, NaN, Infinity, "69", null, true, undefined, 0xD83D, 0xDE00, 1e20, -0];
for (const c of codes) console.log(String(c), String.fromCharCode(c).charCodeAt(0));
console.log(JSON.stringify(String.fromCharCode()), String.fromCharCode(104, 105), String.fromCharCode(0xD83D, 0xDE00), String.fromCharCode.length);
const log = [];
String.fromCharCode({ valueOf() { log.push(1); return 65; } }, { valueOf() { log.push(2); return 66; } });
console.log(log.join(","));
try { String.fromCharCode(Symbol()); } catch (e) { console.log(e.name, e.message); }
try { String.fromCharCode(1n); } catch (e) { console.log(e.name, e.message); }
console.log(String.fromCharCode.apply(null, Array.from({ length: 26 }, (_, i) => 97 + i)));
