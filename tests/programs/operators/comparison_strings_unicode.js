// String comparison by UTF-16 code units (not code points, not locale)
const pairs = [['a', 'b'], ['a', 'B'], ['a', 'aa'], ['', ''], ['\u00e9', 'f'], ['\uD83D\uDE00', '\uFFFF'], ['\uFFFF', '\uD83D\uDE00'],
  ['Z', 'a'], ['10', '9'], ['abc', 'abd'], ['\u0000', ''], ['a\u0000', 'a'], ['\uD800', '\uDC00']];
for (const [a, b] of pairs) console.log(JSON.stringify(a), JSON.stringify(b), a < b, a > b, a <= b, a >= b, a === b);
console.log(['\uFFFF', '\uD83D\uDE00', 'z', 'A', '\u00e9'].sort().map((s) => s.codePointAt(0).toString(16)));
console.log('a'.localeCompare('B') < 0, 'a' < 'B');
