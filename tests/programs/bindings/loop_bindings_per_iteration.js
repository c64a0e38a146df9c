const fns = [];
for (let i = 0; i < 3; i++) { fns.push(() => i); i += 0; }
console.log(fns.map(f => f()));
const fns2 = [];
for (let i = 0; i < 3; fns2.push(() => i), i++);
console.log(fns2.map(f => f()));
const fns3 = [];
for (let i = 0, get = () => i; i < 2; i++) fns3.push(get);
console.log(fns3.map(f => f()));
const fns4 = [];
for (var v = 0; v < 3; v++) fns4.push(() => v);
console.log(fns4.map(f => f()));
const fns5 = [];
for (const k in { a: 1, b: 2 }) fns5.push(() => k);
console.log(fns5.map(f => f()));
try { for (const c = 0; c < 1; c++) {} } catch (e) { console.log("const increment:", e.constructor.name); }
