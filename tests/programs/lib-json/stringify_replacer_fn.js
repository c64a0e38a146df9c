// JSON.stringify with a replacer function: call order, holder, key types, return values
const calls = [];
const out = JSON.stringify({ a: 1, b: [2, { c: 3 }], d: "x" }, function (k, v) {
  calls.push(JSON.stringify(k) + (Array.isArray(v) ? "[]" : typeof v === "object" && v ? "{}" : "=" + v));
  return v;
});
console.log(out);
console.log(calls.join(" "));
// the root holder
JSON.stringify(5, function (k, v) {
  console.log("root key", JSON.stringify(k), "holder keys", Object.keys(this), this[""]);
  return v;
});
// keys are strings even in arrays
JSON.stringify([7, 8], function (k, v) { if (k !== "") console.log(typeof k, k); return v; });
// returning undefined omits property, in arrays becomes null
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === "a" ? undefined : v)));
console.log(JSON.stringify([1, 2, 3], (k, v) => (k === "1" ? undefined : v)));
// returning a function or symbol
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === "a" ? () => 1 : v)));
console.log(JSON.stringify([1], (k, v) => (k === "0" ? Symbol("s") : v)));
// root replaced with undefined
console.log(JSON.stringify({ a: 1 }, () => undefined));
// replacing with new object that is then walked
console.log(JSON.stringify({ a: 1 }, (k, v) => (k === "a" ? { nested: [v, v] } : v)));
// replacer called after toJSON
const o = { x: { toJSON(key) { return "toJSON:" + key; } } };
console.log(JSON.stringify(o, (k, v) => (k === "x" ? "[" + v + "]" : v)));
// replacer receives Date already converted
console.log(JSON.stringify({ d: new Date(0) }, (k, v) => (k === "d" ? typeof v : v)));
// replacer sees boxed primitives unchanged (unboxing happens after)
console.log(JSON.stringify({ n: new Number(3) }, (k, v) => (k === "n" ? typeof v : v)));
// this is the holder
JSON.stringify({ p: { q: 1 } }, function (k, v) {
  if (k === "q") console.log("holder has q", this.q, this === v ? "self" : "parent");
  return v;
});
// replacer mutating holder: later properties changed
console.log(JSON.stringify({ a: 1, b: 2 }, function (k, v) { if (k === "a") this.b = "mutated"; return v; }));
// replacer adding properties: not visited (keys already collected)
console.log(JSON.stringify({ a: 1 }, function (k, v) { if (k === "a") this.z = 9; return v; }));
// throwing replacer
try { JSON.stringify({ a: 1 }, () => { throw new TypeError("stop"); }); }
catch (e) { console.log(e.constructor.name + ": " + e.message); }
// replacer returning BigInt
try { JSON.stringify({ a: 1 }, (k, v) => (k === "a" ? 1n : v)); }
catch (e) { console.log(e.constructor.name + ": " + e.message); }
// non-callable non-array replacer ignored
console.log(JSON.stringify({ a: 1 }, 123), JSON.stringify({ a: 1 }, { a: true }), JSON.stringify({ a: 1 }, "a"));
