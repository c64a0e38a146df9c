// Symbol wrapper objects, symbols in collections, property access on primitives, typeof and equality
const s = Symbol("w");
const box = Object(s);
console.log(typeof box, box instanceof Symbol, box.constructor === Symbol, box.description, box.toString());
console.log(box == s, box === s, Object(s) === Object(s), Object(s) == Object(s));
// property access on symbol primitive goes through Symbol.prototype
Symbol.prototype.extra = function () { return "extra:" + this.description + ":" + typeof this; };
console.log(s.extra());
Symbol.prototype.strictExtra = function () { "use strict"; return typeof this; };
console.log(s.strictExtra());
delete Symbol.prototype.extra; delete Symbol.prototype.strictExtra;
// assigning properties to a primitive symbol
s.prop = 1;
console.log(s.prop);
(function () { "use strict"; try { s.prop = 1; } catch (e) { console.log(e.constructor.name); } })();
// symbols in Map/Set and as object keys
const m = new Map([[s, "map value"]]);
console.log(m.get(s), m.has(Symbol("w")), new Set([s, s, Symbol("w")]).size);
// symbols in arrays: indexOf/includes
const arr = [Symbol("x"), s];
console.log(arr.indexOf(s), arr.includes(s), arr.indexOf(Symbol("w")));
// sorting array of symbols throws (ToString in default compare)
try { [Symbol("b"), Symbol("a")].sort(); } catch (e) { console.log(e.constructor.name); }
console.log([Symbol("b"), Symbol("a")].sort((x, y) => (x.description < y.description ? -1 : 1)).map(String).join());
// Object.defineProperty with symbol key and getters
const o = {};
Object.defineProperty(o, s, { get() { return "got via symbol"; }, enumerable: false });
console.log(o[s], Object.getOwnPropertySymbols(o).length, Object.keys(o).length);
// symbol keys via Proxy traps
const seen = [];
const px = new Proxy({}, {
  get(t, k) { seen.push(typeof k === "symbol" ? "sym:" + k.description : k); return undefined; },
  has(t, k) { seen.push("has " + String(k)); return false; },
});
px[s]; s in px; px.str;
console.log(seen.join(", "));
// Reflect with symbols
const r = {};
console.log(Reflect.set(r, s, 5), Reflect.get(r, s), Reflect.has(r, s), Reflect.deleteProperty(r, s), Reflect.has(r, s));
// computed key evaluation does not ToString symbols
const key = { toString() { return "stringified"; } };
const obj = { [key]: 1, [s]: 2 };
console.log(Object.keys(obj).join(), obj[s]);
// symbols as WeakMap keys (non-registered) in node 20
try { const wm = new WeakMap(); wm.set(Symbol("weak"), 1); console.log("weak symbol key ok"); } catch (e) { console.log(e.constructor.name); }
// getOwnPropertyNames excludes symbols
console.log(Object.getOwnPropertyNames({ [s]: 1, a: 2 }).join());
// function name from symbol key
const named = { [s]() {}, [Symbol()]() {}, get [Symbol("g")]() { return 1; } };
console.log(Object.getOwnPropertySymbols(named).map(k => JSON.stringify(Object.getOwnPropertyDescriptor(named, k).value?.name ?? Object.getOwnPropertyDescriptor(named, k).get.name)).join(" "));
class C { static [Symbol("st")]() {} }
console.log(JSON.stringify(C[Object.getOwnPropertySymbols(C)[0]].name));
