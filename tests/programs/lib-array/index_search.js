// indexOf / lastIndexOf / includes / at: fromIndex coercion, NaN, -0, strictness
const a = [1, 2, NaN, -0, "1", 2, undefined];
console.log(a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -2), a.indexOf(2, -100), a.indexOf(2, 100));
console.log(a.indexOf(NaN), a.includes(NaN), a.indexOf(0), a.indexOf(-0), a.includes(0), a.includes(+0));
console.log(a.lastIndexOf(2), a.lastIndexOf(2, 4), a.lastIndexOf(2, -3), a.lastIndexOf(2, -100), a.lastIndexOf(1, -Infinity));
console.log(a.lastIndexOf(2, Infinity), a.lastIndexOf(2, undefined), a.lastIndexOf(undefined), a.indexOf(undefined));
console.log(a.includes(undefined), [, 1].includes(undefined), [, 1].indexOf(undefined), a.includes("1", 5));
console.log(a.indexOf("1"), a.indexOf(1.0), a.includes(2, "3"), a.indexOf(2, 1.9), a.indexOf(2, NaN));
console.log([1, 2, 3].at(0), [1, 2, 3].at(-1), [1, 2, 3].at(3), [1, 2, 3].at(-4), [1, 2, 3].at(1.7), [1, 2, 3].at("x"), [1, 2, 3].at(-0.5));
console.log(Array.prototype.indexOf.call("hello", "l"), Array.prototype.includes.call({ length: 2, 1: "q" }, "q"));
console.log(Array.prototype.lastIndexOf.call({ length: 3, 0: "a", 2: "a" }, "a"));
let called = false;
console.log([].indexOf(1, { valueOf() { called = true; return 0; } }), called);
console.log([].includes(1, { valueOf() { called = true; return 0; } }), called);
const o = {}; const b = [o, {}, o];
console.log(b.indexOf(o), b.lastIndexOf(o), b.includes({}));
console.log([1n, 2n].indexOf(1n), [1n].includes(1), [1].indexOf(true));
