// concat: IsConcatSpreadable, array-likes, holes, species, primitives
console.log([1].concat(2, [3, [4]], "s"), [].concat.length);
const like = { length: 2, 0: "a", 1: "b", [Symbol.isConcatSpreadable]: true };
console.log([0].concat(like));
const arr = [1, 2]; arr[Symbol.isConcatSpreadable] = false;
console.log([0].concat(arr).length, Array.isArray([0].concat(arr)[1]));
console.log([1, , 3].concat([, 5]), 1 in [1, , 3].concat([]));
const fn = function () {}; fn[Symbol.isConcatSpreadable] = true; fn.length = 0;
console.log([].concat(fn).length);
const str = new String("xy"); str[Symbol.isConcatSpreadable] = true;
console.log([].concat(str));
console.log(Array.prototype.concat.call(1, 2), Array.prototype.concat.call("ab", "c").length);
const order = [];
const obj = new Proxy([5], { get(t, k) { order.push(typeof k === "symbol" ? k.description : k); return t[k]; } });
Array.prototype.concat.call(obj);
console.log(order.slice(0, 3).join());
class A extends Array {}
console.log(A.from([1]).concat([2]) instanceof A, [].concat(A.from([1])) instanceof A);
console.log([].concat({ length: 3, [Symbol.isConcatSpreadable]: "yes" }).length);
console.log([].concat(null, undefined, 0, false));
