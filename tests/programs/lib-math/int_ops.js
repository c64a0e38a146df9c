// clz32 and imul: ToUint32/ToInt32 wrap-around, coercion, exact results
const fmt = (v) => (Object.is(v, -0) ? "-0" : String(v));
const cz = [0, -0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 2 ** 32, 2 ** 32 + 1, -1, -(2 ** 31), 0.5, 1.9, -0.5, NaN, Infinity, -Infinity, 2 ** 53, "16", null, true];
console.log(cz.map(x => Math.clz32(x)).join(" "));
console.log(Math.clz32(), Math.clz32.length, Math.clz32({ valueOf() { return 255; } }));
const im = [[2, 3], [-1, 8], [0xffffffff, 5], [0xfffffffe, 5], [2 ** 31, 2], [0x7fffffff, 0x7fffffff], [-0, 5], [0, -5],
  [3.9, 2.9], [NaN, 1], [Infinity, 2], [2 ** 32 + 3, 2], [65536, 65536], [65535, 65537], ["7", "-6"], [1e10, 1e10], [123456789, 987654321]];
console.log(im.map(([a, b]) => fmt(Math.imul(a, b))).join(" "));
console.log(fmt(Math.imul()), fmt(Math.imul(5)), Math.imul.length);
// coercion order: both arguments converted, left first
const log = [];
Math.imul({ valueOf() { log.push("a"); return 2; } }, { valueOf() { log.push("b"); return 3; } });
console.log(log.join());
try { Math.imul(1, Symbol()); } catch (e) { console.log(e.constructor.name); }
try { Math.clz32(5n); } catch (e) { console.log(e.constructor.name); }
// imul vs naive multiplication for large values
console.log(0x7fffffff * 0x7fffffff, Math.imul(0x7fffffff, 0x7fffffff), (0x7fffffff * 0x7fffffff) | 0);
// clz32 with negative fractions and wrap
console.log(Math.clz32(-0.9), Math.clz32(-1.1), Math.clz32(4294967296.5), Math.clz32(-4294967297));
// relation with bit length
console.log([1, 5, 255, 256, 1023, 1024].map(n => 32 - Math.clz32(n)).join());
