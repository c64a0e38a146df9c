// default sort compares String(x) by UTF-16 code units
console.log([undefined, null, "null", "undefined", NaN, "NaN", true, "true"].sort());
console.log([1e21, 1e20, 1e-6, 1e-7, 123.456, -0, 0].sort());
console.log(["\u00e9", "e", "f", "E", "\u0065\u0301"].sort().map(s => s.codePointAt(0)));
console.log(["\ud83d\ude00", "\uff5e", "\ud800", "z"].sort().map(s => s.charCodeAt(0).toString(16)));
console.log([[2, 1], [10], [1, 2]].sort().map(String), [{}, [], "[object Object]", ""].sort().map(x => typeof x));
console.log([-1, -2, -10, 1, 2, 10].sort(), [0.1, 0.01, 1, 10].sort(), [2n, 10n, 1n].sort());
const log = [];
[3, 1, 2].sort((a, b) => { log.push(typeof a); return a - b; });
console.log(log.every(t => t === "number"));
