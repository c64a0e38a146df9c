// circular references: <ref *N> markers and [Circular *N]
const log = console.log;
const a = {name: 'a'}; a.self = a; log(a);
const b = {name: 'b'}; const c = {name: 'c', b}; b.c = c; log(b, [b]);
const arr = [1]; arr.push(arr); log(arr);
const m = new Map(); m.set('me', m); log(m);
const s = new Set(); s.add(s); log(s);
const x = {}; const y = {x}; x.y = y; const z = {x, y}; log(z);
const two = {}; two.a = {parent: two}; two.b = {parent: two}; log(two);
const deep = {l1: {l2: {}}}; deep.l1.l2.back = deep.l1; log(deep);
const r1 = {}; const r2 = {}; r1.other = r2; r2.other = r1; r1.selfRef = r1; log({r1, r2});
const holder = {list: []}; holder.list.push(holder, holder); log(holder);
