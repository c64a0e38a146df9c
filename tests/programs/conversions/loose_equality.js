// The == algorithm (IsLooselyEqual) across every type pair
const vals = [undefined, null, true, false, 0, -0, 1, NaN, '', '0', '1', ' 1 ', 'true', '0x1', 0n, 1n, -1n,
  [], [0], [1], [[]], {}, Symbol.iterator];
const names = ['undefined', 'null', 'true', 'false', '0', '-0', '1', 'NaN', "''", "'0'", "'1'", "' 1 '",
  "'true'", "'0x1'", '0n', '1n', '-1n', '[]', '[0]', '[1]', '[[]]', '{}', 'sym'];
for (let i = 0; i < vals.length; i++) {
  let row = '';
  for (let j = 0; j < vals.length; j++) row += (vals[i] == vals[j]) ? '1' : '.';
  console.log(row, names[i]);
}
console.log(1n == 1, 1n == 1.5, 1n == '1', 1n == '1.0', 1n == ' 0x1 ', 2n == true, 0n == '', 0n == false);
console.log(10n ** 20n == 1e20, 2n ** 64n == 2 ** 64, 1n == Infinity, 1n == NaN);
console.log(null == 0, undefined == 0, null == false, '' == 0, '\n' == 0, 'a' == 'a');
const obj = { valueOf() { return 3; } };
console.log(obj == 3, obj == '3', obj == 3n, obj == obj, obj != 4);
const s = Symbol('s');
console.log(s == Object(s), Object(s) == s, s == 's', Object('a') == 'a', Object('a') == Object('a'));
console.log(NaN != NaN, [1, 2] == '1,2', [null] == '', [undefined] == 0, ({}) == '[object Object]');
console.log(new Number(5) == 5n, new String('7') == 7, new Boolean(false) == false);
