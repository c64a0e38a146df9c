// every / some / forEach / find* on array-likes, strings and with early exits
const log = [];
console.log([1, 2, 3, 4].some(x => { log.push(x); return x === 2; }), log.join());
log.length = 0;
console.log([1, 2, 3, 4].every(x => { log.push(x); return x < 2; }), log.join());
console.log([].some(() => true), [].every(() => false), [, ,].every(() => false));
console.log(Array.prototype.some.call("abc", c => c === "b"), Array.prototype.every.call({ length: 2, 0: 1, 1: 2 }, Number.isInteger));
const fe = [];
Array.prototype.forEach.call({ length: 3, 0: "a", 2: "c" }, (v, i) => fe.push(i + v));
console.log(fe.join(), [1].forEach(x => x));
console.log(Array.prototype.find.call({ length: 2, 1: "b" }, (v, i) => i === 0), Array.prototype.findIndex.call("xyz", c => c === "z"));
console.log([NaN].findIndex(Number.isNaN), [NaN].indexOf(NaN), [1, 2, 3].findLast(x => x % 2), [1, 2, 3].findLastIndex(x => x > 5));
console.log(["a", "b"].some(function (x) { return x === this.t; }, { t: "b" }));
console.log([0, "", null].some(Boolean), [1, "a", {}].every(Boolean), [1, 2].every(x => ({})));
