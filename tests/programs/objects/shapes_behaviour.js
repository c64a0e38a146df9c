// Objects built the same way behave the same; deleting and re-adding keys
// keeps the observable order rules.
function make(i) { return { id: i, name: 'n' + i, tags: [i] }; }
const list = [];
for (let i = 0; i < 5; i++) list.push(make(i));
let total = 0;
for (let round = 0; round < 3; round++) for (const o of list) total += o.id + o.tags[0];
console.log(total);
delete list[2].name;
list[2].name = 'renamed';
console.log(Object.keys(list[2]), Object.keys(list[1]));
// many shapes through one access site
const shapes = [];
for (let i = 0; i < 10; i++) { const o = {}; o['k' + i] = i; o.v = i; shapes.push(o); }
let s = 0;
for (let r = 0; r < 3; r++) for (const o of shapes) s += o.v;
console.log(s);
// an inline-cached property turned into an accessor is observed
const o = { x: 1 };
function readX(p) { return p.x; }
console.log(readX(o), readX(o));
Object.defineProperty(o, 'x', { get() { return 'accessor'; } });
console.log(readX(o));
// and made read-only
const w = { y: 1 };
function writeY(p, v) { p.y = v; return p.y; }
console.log(writeY(w, 2), writeY(w, 3));
Object.defineProperty(w, 'y', { writable: false });
console.log(writeY(w, 4));
Object.freeze(o);
console.log(Object.isFrozen(o), readX(o));
