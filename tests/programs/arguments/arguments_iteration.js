function f() { const out = []; for (const a of arguments) out.push(a); return out; }
console.log(f('x', 'y'));
function g() { const out = []; for (const k in arguments) out.push(k); return out; }
console.log(g('x', 'y'));
function h() { return Array.prototype.map.call(arguments, x => x + 1); }
console.log(h(1, 2));
function entries() { return [...Array.prototype.entries.call(arguments)]; }
console.log(entries('a'));
