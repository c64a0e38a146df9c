// slice: relative indices, coercions, array-likes, strings, holes
const a = [0, 1, 2, 3, 4];
console.log(a.slice(), a.slice(2), a.slice(-2), a.slice(1, -1), a.slice(3, 1), a.slice(-100, 100));
console.log(a.slice("1", "3"), a.slice(NaN), a.slice(1.9, 3.1), a.slice(undefined, 2), a.slice(0, undefined), a.slice(Infinity));
console.log(a.slice(-Infinity, -Infinity), a.slice(null, null), a.slice(true, 3), a.slice([1], [2]));
console.log(Array.prototype.slice.call({ length: 3, 0: "x", 2: "z" }), Array.prototype.slice.call("str", 1));
console.log(Array.prototype.slice.call({ length: 2 ** 53 + 2, [2 ** 53 - 2]: "last" }, 2 ** 53 - 2));
console.log([1, , 3].slice(), 1 in [1, , 3].slice(), (function () { return Array.prototype.slice.call(arguments, 1); })(1, 2, 3));
const s = a.slice(); s.push(5); console.log(a.length, s.length);
console.log(Array.prototype.slice.call(true), Array.prototype.slice.call(5), [].slice.length);
