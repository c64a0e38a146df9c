// ToBoolean: every falsy value and some surprising truthy ones
const vals = [undefined, null, false, 0, -0, NaN, '', 0n, true, 1, -1, ' ', '0', 'false', [], {}, [0], () => 0,
  Symbol(), 1n, -1n, Infinity, new Boolean(false), new Number(0), new String(''), Object(0n)];
console.log(vals.map(v => (v ? 'T' : 'F')).join(''));
console.log(vals.map(v => Boolean(v)).filter(Boolean).length, vals.filter(v => !v).length);
let s = '';
if ([]) s += 'a';
if ({}) s += 'b';
if ('') s += 'c';
if (0n) s += 'd';
while (NaN) s += 'e';
console.log(s, !!document_is_not_defined_check());
function document_is_not_defined_check() { return typeof document === 'undefined'; }
console.log(null || 'dflt', 0 || null, '' && 'x', 1 && 2 && 3, 0 && sideEffect());
function sideEffect() { throw new Error('should not run'); }
console.log([0, 1, '', 'a', null].filter(Boolean), [1, 0].map(x => !x));
