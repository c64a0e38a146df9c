// ToLength / ToIntegerOrInfinity via array-likes and index arguments
const arrayLike = (len) => ({ length: len, 0: 'a', 1: 'b', 2: 'c' });
for (const len of [3, '2', 2.9, -1, NaN, null, undefined, '0x2', [1], true]) {
  console.log(String(len), Array.prototype.slice.call(arrayLike(len)).length);
}
const s = 'abcdef';
console.log(s.slice(1.9, 3.1), s.slice(-2), s.slice('2'), s.slice(NaN), s.slice(undefined, 2), s.slice(-Infinity, Infinity));
console.log(s.charAt(1.7), s.charAt(-0.5), s.charAt('1'), s.at(-1), s.at(1.5), s.substring(4, 1), s.substring(-3, 2));
console.log([1, 2, 3].at(-1), [1, 2, 3].at('1'), [1, 2, 3].at(NaN), [1, 2, 3].indexOf(3, -1), [1, 2, 3].includes(1, 1.5));
console.log(Array.from({ length: 3.7 }, (_, i) => i), Array.from({ length: -5 }).length, Array.from({ length: '2' }).length);
