const obj = { a: "obj.a", b: "obj.b", [Symbol.unscopables]: { b: true } };
var a = "outer a", b = "outer b";
with (obj) { console.log(a, b); }
const arr = [];
var keys = "outer keys", values = "outer values", length = "outer length";
with (arr) { console.log(keys, values, length); }
const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).sort().join(","));
const getterLog = [];
const spy = { x: 1, get [Symbol.unscopables]() { getterLog.push("read"); return {}; } };
var x = "outer";
with (spy) { x; x; }
console.log(getterLog.length);
