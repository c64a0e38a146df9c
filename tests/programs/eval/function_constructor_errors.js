const cases = [
  ['a,', 'return a'],
  ['...a, b', ''],
  ['a', 'return a +'],
  ['', '}'],
  ['a = ', ''],
  ['a', 'await 1'],
  ['a', 'yield 1'],
  ['a', '"use strict"; with ({}) {}'],
  ['eval', '"use strict";'],
  ['a, a', '"use strict";'],
  ['a = 1', '"use strict";'],
];
for (const [p, b] of cases) {
  try { const f = Function(p, b); console.log('ok', typeof f); }
  catch (e) { console.log(e.name, e instanceof SyntaxError); }
}
try { new Function('return x')(); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Function('a', 'b', 'return a - b')(9, 4));
console.log(new Function(undefined, 'return 1')());
console.log(Function({ toString() { return 'p'; } }, 'return p')('tostring param'));
