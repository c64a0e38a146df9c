// console.table with objects, Maps, Sets, iterators and non-tabular values
console.table({r1: {c1: 1}, r2: {c2: 'two'}});
console.table({x: 1, y: 'two', z: {w: 3}});
console.table(new Map([['k', {v: 1}], [{obj: 1}, 'val']]));
console.table(new Set([1, 'two', {three: 3}]));
console.table(new Map([[1, 'a'], [2, 'b']]).entries());
console.table(new Map([[1, 'a'], [2, 'b']]).keys());
console.table(new Set(['s']).values());
console.table(5);
console.table('a string');
console.table(null);
console.table(undefined);
console.table(true);
console.table(function f() {});
console.table(Symbol('sym'));
console.table({});
console.table({a: [1, 2], b: [3]});
console.table({a: {x: 1}, b: {y: 2}}, ['x']);
class Row { constructor(id) { this.id = id; this.label = 'row' + id; } }
console.table([new Row(1), new Row(2)]);
console.table(Object.assign(Object.create({inherited: {a: 1}}), {own: {a: 2}}));
try { console.table([{a: 1}], 'a'); } catch (e) { console.log(e.constructor.name); }
