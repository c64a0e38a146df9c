const [a, ...[b, ...[c]]] = [1, 2, 3, 4];
console.log(a, b, c);
const [...{ length, 0: zeroth }] = ["p", "q", "r"];
console.log(length, zeroth);
const [x, ...ys] = [1];
console.log(x, ys, Array.isArray(ys));
function f(first, ...others) { return [first, others, arguments.length]; }
console.log(f(), f(1), f(1, 2, 3));
const obj = {};
[obj.head, ...obj.tail] = "abc";
console.log(obj);
