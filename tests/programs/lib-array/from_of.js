// Array.from / Array.of: iterables, array-likes, map functions, constructor this
console.log(Array.from("a\ud83d\ude00b").length, Array.from("abc"), Array.from(new Set([1, 1, 2])));
console.log(Array.from(new Map([[1, 2]])), Array.from({ length: 2, 0: "x" }), Array.from({ length: -1 }));
console.log(Array.from([1, 2, 3], x => x * 10), Array.from({ length: 3 }, (v, i) => i * i));
console.log(Array.from([1], function () { return this.v; }, { v: "this" }));
console.log(Array.from(5), Array.from(true), Array.from({}), Array.from({ length: "2" }));
function* gen() { yield 1; yield 2; }
console.log(Array.from(gen()), Array.from(gen(), x => -x));
try { Array.from(null); } catch (e) { console.log(e.constructor.name); }
try { Array.from(undefined); } catch (e) { console.log(e.constructor.name); }
try { Array.from([], 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { Array.from({ [Symbol.iterator]: 1 }); } catch (e) { console.log(e.constructor.name); }
function C() { this.made = true; }
const c = Array.from.call(C, [1, 2]);
console.log(c instanceof C, c.made, c.length, c[0], c[1]);
const c2 = Array.from.call(C, { length: 1, 0: "z" });
console.log(c2.length, c2[0]);
const plain = Array.from.call({}, [1]);
console.log(Array.isArray(plain), plain);
let closed = 0;
const it = { [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return() { closed++; return {}; } }; } };
try { Array.from(it, () => { throw new Error("boom"); }); } catch (e) { console.log(e.message, closed); }
console.log(Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined).length);
const o = Array.of.call(C, "a", "b");
console.log(o instanceof C, o.length, o[1]);
console.log(Array.of.call(undefined, 1), Array.from.length, Array.of.length);
class Sub extends Array {}
console.log(Sub.from([1]) instanceof Sub, Sub.of(1, 2).length, Sub.of(3) instanceof Sub);
const arr = [1, 2];
arr[Symbol.iterator] = function* () { yield "custom"; };
console.log(Array.from(arr));
