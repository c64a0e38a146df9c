// symbol-keyed properties in Object.assign, spread, JSON, getOwnPropertySymbols order, defineProperties
const a = Symbol("a"), b = Symbol("b"), c = Symbol("c");
const src = { z: 1, [b]: "B", 5: "five", [a]: "A", y: 2 };
src[c] = "C";
console.log(Object.getOwnPropertySymbols(src).map(s => s.description).join());
console.log(Reflect.ownKeys(src).map(String).join());
// Object.assign: strings first (in order), then symbols; getters/setters invoked
const log = [];
const target = {
  set [a](v) { log.push("set a=" + v); },
  set y(v) { log.push("set y=" + v); },
};
const srcGet = {
  get y() { log.push("get y"); return 2; },
  get [a]() { log.push("get a"); return "A"; },
  get x() { log.push("get x"); return 1; },
};
Object.assign(target, srcGet);
console.log(log.join(", "));
// non-enumerable symbols are skipped by assign and spread
const hidden = Object.defineProperty({ [a]: 1 }, b, { value: 2, enumerable: false });
const assigned = Object.assign({}, hidden);
const spread = { ...hidden };
console.log(Object.getOwnPropertySymbols(assigned).length, Object.getOwnPropertySymbols(spread).length, assigned[b], spread[a]);
// spread order, and rest excludes explicitly destructured symbol
const { [a]: taken, ...rest } = src;
console.log(taken, Reflect.ownKeys(rest).map(String).join());
// JSON ignores symbol keys and symbol values
console.log(JSON.stringify(src), JSON.stringify({ k: a }), JSON.stringify([a]));
// JSON replacer array cannot select symbols
console.log(JSON.stringify(src, [a, "z"]));
// for-in and Object.keys/entries skip symbols
const fi = [];
for (const k in src) fi.push(k);
console.log(fi.join(), Object.keys(src).join(), Object.entries(src).length, Object.values(src).length);
// Object.getOwnPropertyDescriptors includes symbols
console.log(Reflect.ownKeys(Object.getOwnPropertyDescriptors(src)).length);
// defineProperties with symbol keys
const dp = Object.defineProperties({}, { [a]: { value: 1, enumerable: true }, plain: { value: 2, enumerable: true } });
console.log(Reflect.ownKeys(dp).map(String).join());
// Object.create second arg with symbols
console.log(Object.create(null, { [c]: { value: "cc", enumerable: true } })[c]);
// symbols in class members and static
class K { static [a]() { return "static a"; } [b]() { return "proto b"; } get [c]() { return "getter c"; } }
console.log(K[a](), new K()[b](), new K()[c], Object.getOwnPropertySymbols(K.prototype).map(s => s.description).join());
// Object.fromEntries with symbol keys
const fe = Object.fromEntries([[a, 1], ["s", 2]]);
console.log(fe[a], Reflect.ownKeys(fe).map(String).join());
// deleting and re-adding symbol changes order
const o = { [a]: 1, [b]: 2 };
delete o[a]; o[a] = 3;
console.log(Object.getOwnPropertySymbols(o).map(s => s.description).join());
// symbols on arrays and functions
const arr = [1]; arr[a] = "x";
console.log(arr.length, Object.getOwnPropertySymbols(arr).length, [...arr].length);
// hasOwnProperty / propertyIsEnumerable
console.log(src.hasOwnProperty(a), Object.prototype.propertyIsEnumerable.call(hidden, b), Object.hasOwn(src, c));
// structured copies keep symbol values? structuredClone throws on symbols
try { structuredClone({ v: a }); } catch (e) { console.log(e.constructor.name); }
console.log(Object.getOwnPropertySymbols(structuredClone({ [a]: 1, p: 2 })).length);
// getOwnPropertySymbols on primitives coerces
console.log(Object.getOwnPropertySymbols("str").length);
try { Object.getOwnPropertySymbols(null); } catch (e) { console.log(e.constructor.name); }
