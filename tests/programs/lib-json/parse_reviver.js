// JSON.parse reviver: visiting order (post-order), holder/this, deletion and replacement
const log = [];
const r1 = JSON.parse('{"a":1,"b":{"c":2,"d":[3,4]},"e":5}', function (k, v) {
  log.push(JSON.stringify(k) + ":" + (typeof v === "object" ? (Array.isArray(v) ? "array" : "object") : v));
  return v;
});
console.log(log.join(" "));
console.log(JSON.stringify(r1));
// root holder is an object with "" key
let rootHolder;
JSON.parse("7", function (k, v) { rootHolder = this; return v; });
console.log(Object.keys(rootHolder), rootHolder[""], Object.getPrototypeOf(rootHolder) === Object.prototype);
// this is the holder for nested keys
JSON.parse('{"x":{"y":1}}', function (k, v) {
  if (k === "y") console.log("holder of y has y:", this.y, "is x:", Object.keys(this).join());
  return v;
});
// returning undefined deletes the property
const r2 = JSON.parse('{"a":1,"b":2,"c":3}', (k, v) => (k === "b" ? undefined : v));
console.log(JSON.stringify(r2), "b" in r2);
// in arrays, undefined deletes the element leaving a hole
const r3 = JSON.parse("[1,2,3]", (k, v) => (k === "1" ? undefined : v));
console.log(r3.length, 1 in r3, r3[1]);
// keys given to reviver for arrays are strings
JSON.parse("[10,20]", function (k, v) { if (k !== "") console.log(typeof k, k, v); return v; });
// transforming values
console.log(JSON.stringify(JSON.parse('{"n":[1,2,{"m":3}]}', (k, v) => (typeof v === "number" ? v * 10 : v))));
// reviver modifying a later sibling through holder
const r4 = JSON.parse('{"a":1,"b":2}', function (k, v) {
  if (k === "a") this.b = "changed";
  return v;
});
console.log(JSON.stringify(r4));
// reviver deleting a sibling ahead: key still visited, value undefined
const seen = [];
JSON.parse('{"p":1,"q":2}', function (k, v) {
  seen.push(k + "=" + v);
  if (k === "p") delete this.q;
  return v;
});
console.log(seen.join(","));
// the root replacement
console.log(JSON.parse("1", (k, v) => (k === "" ? "root" : v)));
console.log(JSON.parse('{"a":1}', (k, v) => (k === "" ? undefined : v)));
// non-callable reviver is ignored
console.log(JSON.stringify(JSON.parse('{"z":1}', 5)), JSON.stringify(JSON.parse('[1]', {})));
// reviver throws
try { JSON.parse('{"a":1}', () => { throw new RangeError("nope"); }); }
catch (e) { console.log(e.constructor.name + ": " + e.message); }
// duplicate keys: last wins, reviver called once
const dup = [];
console.log(JSON.stringify(JSON.parse('{"k":1,"k":2}', (k, v) => { dup.push(k); return v; })), dup.join());
// __proto__ as JSON key is an own data property
const pr = JSON.parse('{"__proto__":{"x":1}}');
console.log(Object.keys(pr), Object.getPrototypeOf(pr) === Object.prototype, pr.__proto__ === Object.prototype);
// integer-like keys are ordered first
console.log(Object.keys(JSON.parse('{"b":1,"2":2,"a":3,"1":4}')).join());
// reviver sees array holder as Array
JSON.parse("[[1]]", function (k, v) { if (k === "0" && typeof v === "number") console.log("inner holder isArray", Array.isArray(this)); return v; });
