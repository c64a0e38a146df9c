// Object.keys/values/entries ordering with integer-like keys, strings, and symbols
const o = {};
o.z = 1; o["10"] = 2; o["2"] = 3; o["-1"] = 4; o["01"] = 5; o["1.5"] = 6; o["4294967294"] = 7; o["4294967295"] = 8;
o["9007199254740993"] = 9; o[Symbol("s")] = 10; o.a = 11; o["0"] = 12; o["1e3"] = 13; o[1e3] = 14;
console.log(Object.keys(o).join(","));
console.log(Object.values(o).join(","));
console.log(JSON.stringify(Object.entries(o).slice(0, 4)));
console.log(Reflect.ownKeys(o).length, Object.getOwnPropertyNames(o).length);
// arrays with extra props
const a = ["x", , "z"]; a.name = "n"; a[-0] = "neg0"; a["-0"] = "str-neg0"; a[5] = "five";
console.log(Object.keys(a).join(","), Object.values(a).join(","));
// strings
console.log(Object.keys("ab\uD83D\uDE00").join(","), JSON.stringify(Object.entries("hi")));
console.log(Object.keys(5).length, Object.values(true).length, Object.entries(Symbol()).length);
for (const v of [null, undefined]) { try { Object.keys(v); } catch (e) { console.log(e.constructor.name + ": " + e.message); } }
// String object with extra props
const so = new String("ab"); so.c = 1; so[5] = "x"; so[2] = "idx2";
console.log(Object.keys(so).join(","));
// typed array
const ta = new Uint8Array([5, 6]); ta.extra = 1;
console.log(Object.keys(ta).join(","), Object.values(ta).join(","));
// deletion and re-adding keeps insertion order for strings
const d = { a: 1, b: 2, c: 3 }; delete d.a; d.a = 4;
console.log(Object.keys(d).join(","));
// values invokes getters in order; entries sees changes made by earlier getters
const log = [];
const g = { get p() { log.push("p"); delete this.q; return 1; }, q: 2, get r() { log.push("r"); return 3; } };
console.log(JSON.stringify(Object.entries(g)), log.join(""));
const g2 = { get p() { Object.defineProperty(this, "q", { enumerable: false }); return 1; }, q: 2, r: 3 };
console.log(JSON.stringify(Object.values(g2)));
// class instance fields + prototype methods excluded
class K { b = 1; a = 2; m() {} static s = 1; }
console.log(Object.keys(new K()).join(","), Object.keys(K).join(","));
// for-in vs Object.keys with inherited
const child = Object.create({ inh: 1, 3: "p" }); child.own = 1; child[1] = "c";
const fi = []; for (const k in child) fi.push(k);
console.log(fi.join(","), Object.keys(child).join(","));
// arguments object
(function () { console.log(Object.keys(arguments).join(","), JSON.stringify(Object.entries(arguments))); })("a", "b");
// function own keys
function fn(x, y) {} fn.custom = 1;
console.log(Object.keys(fn).join(","), Object.getOwnPropertyNames(fn).filter(k => k !== "arguments" && k !== "caller").join(","));
