// Compound assignment with getters/setters: each called exactly once, in order
const log = [];
function make(name, init) {
  let v = init;
  return {
    get p() { log.push(`${name}.get`); return v; },
    set p(n) { log.push(`${name}.set(${typeof n === 'string' ? JSON.stringify(n) : String(n)})`); v = n; },
  };
}
const o = make('o', 5);
for (const op of ['+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=']) {
  const t = make('t', 6);
  new Function('t', `t.p ${op} 2`)(t);
  console.log(op, log.splice(0).join(' '));
}
o.p += 'x';
console.log(log.splice(0).join(' '));
let k = 0;
const idx = { get [Symbol.toPrimitive]() { log.push('lookup toPrimitive'); return () => { log.push('conv'); return 'p'; }; } };
o[idx] = o[idx] + '!';     // (`o[idx] += '!'` converts idx once by the spec, twice in V8: tests/test_vm_references.py)
console.log(log.splice(0).join(' '), o.p);
const v = { valueOf() { log.push('valueOf'); return 3; } };
let n = 10;
n -= v;
n *= v;
console.log(n, log.splice(0).join(' '));
const s = { toString() { log.push('toString'); return 'S'; }, valueOf() { log.push('valueOf'); return 1; } };
let str = 'a';
str += s;
console.log(str, log.splice(0).join(' '));
const post = make('post', 1n);
console.log(post.p++, post.p--, ++post.p, log.splice(0).join(' '));
const frozen = Object.freeze({ a: 1 });
frozen.a += 1;
console.log(frozen.a);
(function () {
  'use strict';
  try { frozen.a += 1; } catch (e) { console.log(e.constructor.name, e.message); }
  const go = { get g() { return 1; } };
  try { go.g += 1; } catch (e) { console.log(e.constructor.name, e.message); }
  try { go.g++; } catch (e) { console.log(e.constructor.name, e.message); }
})();
