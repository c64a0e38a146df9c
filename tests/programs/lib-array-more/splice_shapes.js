// Array.prototype.splice with every argument shape; return values, holes, generic receivers
const base = () => ["a", "b", "c", "d", "e"];
const cases = [[], [undefined], [2], [-2], [1, 2], [1, 0, "X", "Y"], [1, -1, "Z"], [1, NaN], [1, "2"], [NaN, 1], [-10, 2], [10, 2, "end"],
  [2, Infinity], [-Infinity, 1], [1.9, 1.9], [undefined, undefined], [2, undefined, "U"], [0, 5], [4, 1, "p", "q", "r"], [null, 1], ["-1", 1]];
for (const c of cases) {
  const a = base();
  const r = a.splice(...c);
  console.log(JSON.stringify(c, (k, v) => v === undefined ? "u" : typeof v === "number" && !isFinite(v) ? String(v) : v).padEnd(24), JSON.stringify(r), JSON.stringify(a), a.length);
}
// holes are preserved in the removed array and shifted
const h = [1, , 3, , 5];
const rh = h.splice(1, 2);
console.log(rh.length, 0 in rh, 1 in rh, JSON.stringify(Object.keys(h)), h.length);
const h2 = [1, , 3]; h2.splice(0, 0, "n");
console.log(JSON.stringify(Object.keys(h2)), h2.length);
// generic array-like receiver
const al = { length: 4, 0: "w", 1: "x", 2: "y", 3: "z" };
const ra = Array.prototype.splice.call(al, 1, 2, "NEW");
console.log(JSON.stringify(ra), JSON.stringify(al));
const al2 = { length: "3", 0: 0, 2: 2 };
Array.prototype.splice.call(al2, 0, 1);
console.log(JSON.stringify(al2));
const al3 = { length: 2 ** 53 - 1 };
try { Array.prototype.splice.call(al3, 0, 0, "x"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// species: result constructed through constructor[Symbol.species]
class MyArr extends Array {}
const m = MyArr.from([1, 2, 3]);
const rm = m.splice(0, 1);
console.log(rm instanceof MyArr, rm.constructor.name, m instanceof MyArr);
const sp = [1, 2, 3]; sp.constructor = { [Symbol.species]: function (n) { return { made: n, length: 0 }; } };
console.log(JSON.stringify(sp.splice(1, 1)));
const sp2 = [1, 2]; sp2.constructor = { [Symbol.species]: null };
console.log(Array.isArray(sp2.splice(0, 1)));
// coercion order: start then deleteCount
const log = [];
[1, 2, 3].splice({ valueOf() { log.push("start"); return 0; } }, { valueOf() { log.push("count"); return 1; } });
console.log(log.join(","));
// frozen / non-writable length
try { Object.freeze([1, 2]).splice(0, 1); } catch (e) { console.log(e.constructor.name); }
const nw = [1, 2, 3]; Object.defineProperty(nw, "length", { writable: false });
try { nw.splice(1, 1); } catch (e) { console.log(e.constructor.name, JSON.stringify(nw)); }
// splice returning items removed from sparse array with proto elements
Array.prototype[1] = "proto1";
const sparse = [0, , 2];
const rs = sparse.splice(0, 3);
console.log(JSON.stringify(rs), Object.hasOwn(rs, 1));
delete Array.prototype[1];
console.log(Array.prototype.splice.length);
