const arrayLike = { length: 2, 0: "a", 1: "b", [Symbol.isConcatSpreadable]: true };
console.log([1].concat(arrayLike, [2]));
const arr = [3, 4]; arr[Symbol.isConcatSpreadable] = false;
const r = [1].concat(arr);
console.log(r.length, r[1] === arr);
console.log([].concat({ length: 1, 0: "no" }).length);
