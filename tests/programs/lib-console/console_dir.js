// console.dir options: depth, showHidden; strings are inspected (quoted)
const deep = {a: {b: {c: {d: {e: {f: 1}}}}}};
console.dir(deep);
console.dir(deep, {depth: 0});
console.dir(deep, {depth: 1});
console.dir(deep, {depth: null});
console.dir(deep, {depth: Infinity});
console.dir('a string');
console.dir(5, {depth: 3});
console.dir([1, [2, [3, [4, [5]]]]], {depth: 2});
console.dir(undefined);
console.dir(null);
console.dir(Symbol('s'));
console.dir([1, 2, 3], {showHidden: true});
console.dir({f() {}}, {showHidden: false});
console.dir(new Map([[1, {a: {b: {c: 1}}}]]), {depth: 0});
console.dir(Object.defineProperty({}, 'hidden', {value: 1, enumerable: false}), {showHidden: true});
console.dir({a: 1}, 'not an options object');
console.dir();
