// Destructuring assignment into any target: members, computed keys, nested defaults, order
const log = [];
const f = (tag, v) => { log.push(tag); return v; };
const o = {};
const arr = [];
[o.a, o['b'], arr[0], ...arr[1]] = [1, 2, 3, 4, 5];
console.log(o, arr);
({ x: o.x, y: arr[5] = f('default y', 9), [f('key z', 'z')]: o.z = f('default z', 0), ...o.rest } = { x: 1, z: undefined, q: 8, r: 9 });
console.log(o, arr.length, log.splice(0));
let a, b, c;
[a, [b, { c = f('c default', 3) } = f('obj default', {})] = f('arr default', [2])] = [1];
console.log(a, b, c, log.splice(0));
({ a = f('a default', 10), b: { c } = { c: 'cc' } } = { a: null });
console.log(a, c, log.splice(0));
[a, b] = [b, a];
console.log(a, b);
const setter = { set v(x) { log.push('set ' + x); } };
[setter.v, setter.v] = ['p', 'q'];
({ k: setter.v } = { k: 'r' });
console.log(log.splice(0));
const src = { get first() { log.push('get first'); return 1; }, get second() { log.push('get second'); return 2; } };
const tgt = () => { log.push('target'); return setter; };
({ first: tgt().v, second: tgt().v } = src);
console.log(log.splice(0).join(' | '));
function* gen() { try { log.push('yield 1'); yield 1; log.push('yield 2'); yield 2; yield 3; } finally { log.push('closed'); } }
[a] = gen();
console.log(a, log.splice(0));
[a, , ] = gen();
console.log(a, log.splice(0));
[a, ...b] = gen();
console.log(a, b, log.splice(0));
const thrower = { set v(x) { throw new Error('setter threw ' + x); } };
try { [thrower.v] = gen(); } catch (e) { console.log(e.message, log.splice(0)); }
try { [{}.x.y] = gen(); } catch (e) { console.log(e.constructor.name, log.splice(0)); }
try { ({ a } = null); } catch (e) { console.log(e.constructor.name, e.message); }
try { ({ a } = undefined); } catch (e) { console.log(e.constructor.name, e.message); }
try { [a] = {}; } catch (e) { console.log(e.constructor.name, e.message); }
try { [a] = 5; } catch (e) { console.log(e.constructor.name, e.message); }
({ length: a } = 'hello');
[a, b] = 'hi';
console.log(a, b);
const r = ({ a, b } = { a: 'A', b: 'B' });
console.log(r, a, b);
let cnt = 0;
const it = { [Symbol.iterator]() { return { next() { cnt++; return { value: cnt, done: cnt > 3 }; }, return() { log.push('return called'); return {}; } }; } };
[a, b] = it;
console.log(a, b, cnt, log.splice(0));
