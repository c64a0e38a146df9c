// node's array grouping (groupArrayElements): column alignment for numbers (right) and strings (left)
const log = console.log;
log(Array.from({length: 30}, (_, i) => i));
log(Array.from({length: 30}, (_, i) => i * i * i));
log(Array.from({length: 16}, (_, i) => 'w'.repeat(i % 5 + 1)));
log(Array.from({length: 40}, (_, i) => (i % 3 ? i : -i * 1000)));
log(Array.from({length: 10}, (_, i) => i / 3));
log(Array.from({length: 7}, (_, i) => 10n ** BigInt(i)));
log(Array.from({length: 20}, (_, i) => (i % 2 ? 'str' + i : i)));
log(Array.from({length: 6}, (_, i) => [i, i * 2]));
log(Array.from({length: 12}, (_, i) => ({v: i})));
log(Array.from({length: 101}, (_, i) => 'x'));
log([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
log(Array.from({length: 8}, (_, i) => 'a fairly long string number ' + i));
log([true, false, true, false, true, false, true, false]);
log([null, undefined, null, undefined, null, undefined, null]);
log({matrix: Array.from({length: 3}, (_, r) => Array.from({length: 3}, (_, c) => r * 3 + c))});
