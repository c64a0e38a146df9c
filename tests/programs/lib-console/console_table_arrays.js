// console.table with arrays of objects, arrays of arrays, primitives, column filters
console.table([{a: 1, b: 'x'}, {a: 2, c: true}]);
console.table([[1, 2], [3, 4, 5]]);
console.table([1, 'str', {x: 1}, null, undefined]);
console.table([{a: 1, b: 2}, {a: 3, b: 4}], ['a']);
console.table([{a: 1, b: 2}, {a: 3}], ['b', 'missing']);
console.table([]);
console.table([[]]);
console.table([{name: 'widest cell value here', v: 1}, {name: 'x', v: 22222}]);
console.table([{nested: {deep: {deeper: 1}}, arr: [1, 2, 3, 4, 5]}]);
console.table([{obj: {a: 1, b: 2}}, {obj: {a: 1, b: 2, c: 3}}]);
console.table([{f() {}, s: Symbol('s'), n: -0, big: 10n}]);
console.table(['ünïcödé', '😀 emoji', '中文']);
console.table([[1, [2, [3]]]]);
const sparse = [{a: 1}]; sparse[3] = {a: 4}; console.table(sparse);
