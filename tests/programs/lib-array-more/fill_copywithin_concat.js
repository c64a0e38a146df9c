// fill with negative/odd indices, copyWithin combinations, concat with Symbol.isConcatSpreadable
const idx = [[], [1], [-2], [1, 3], [-4, -1], [3, 1], [NaN, NaN], [-Infinity, Infinity], [1.5, 3.5], ["1", "-1"], [undefined, 2], [null, null]];
for (const a of idx) console.log("fill", JSON.stringify(a, (k, v) => typeof v === "number" && !isFinite(v) ? String(v) : v === undefined ? "u" : v).padEnd(22), JSON.stringify([0, 0, 0, 0, 0].fill("x", ...a)));
console.log(JSON.stringify(Array(3).fill()), JSON.stringify(Array.prototype.fill.call({ length: 3 }, 4)), JSON.stringify(new Array(2).fill([]).map(a => a === a)));
const shared = new Array(2).fill({}); shared[0].k = 1; console.log(shared[1].k);
try { Object.freeze([1]).fill(0); } catch (e) { console.log(e.constructor.name); }
console.log(JSON.stringify(Object.freeze([]).fill(0)));
for (const a of [[0, 3], [1, 3], [0, 1, 3], [-2, 0], [2, -3, -1], [-Infinity, 3], [1, 0, NaN], [0, 2, 100], [4, 0], [1.9, 3.2], [0, -1, 1]]) {
  console.log("cw", JSON.stringify(a, (k, v) => typeof v === "number" && !isFinite(v) ? String(v) : v).padEnd(12), JSON.stringify([1, 2, 3, 4, 5].copyWithin(...a)));
}
const holey = [1, , 3, , 5]; holey.copyWithin(0, 1, 4); console.log(JSON.stringify(Object.keys(holey)), holey.length);
console.log(JSON.stringify(Array.prototype.copyWithin.call({ length: 5, 3: "x" }, 0, 3)));
// concat
const al = { length: 2, 0: "a", 1: "b" };
console.log(JSON.stringify([0].concat(al)), JSON.stringify([0].concat({ ...al, [Symbol.isConcatSpreadable]: true })));
const notSpread = [1, 2]; notSpread[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(notSpread)), [0].concat(notSpread).length);
const strSpread = new String("hi"); strSpread[Symbol.isConcatSpreadable] = true;
console.log(JSON.stringify([].concat(strSpread, "yo")));
const holesConcat = [].concat([1, , 3], [, 5]);
console.log(holesConcat.length, Object.keys(holesConcat).join(","));
const fnSpread = function (a, b) {}; fnSpread[Symbol.isConcatSpreadable] = true; fnSpread[0] = "f0";
console.log(JSON.stringify([].concat(fnSpread)));
const truthy = { length: "2", 0: 1, [Symbol.isConcatSpreadable]: 1 };
console.log(JSON.stringify([].concat(truthy)));
const getterLog = [];
const gl = { get length() { getterLog.push("len"); return 1; }, get 0() { getterLog.push("0"); return "z"; }, get [Symbol.isConcatSpreadable]() { getterLog.push("spread"); return true; } };
console.log(JSON.stringify([].concat(gl)), getterLog.join(","));
console.log(JSON.stringify(Array.prototype.concat.call(1, 2)), JSON.stringify(Array.prototype.concat.call("s", ["t"])), Array.prototype.concat.length, Array.prototype.fill.length, Array.prototype.copyWithin.length);
