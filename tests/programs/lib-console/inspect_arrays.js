// arrays: holes, long arrays (> 100), extra properties, nested, typed-like numbers grouping
const log = console.log;
log([], [1], [[]], [[], []], [{}]);
log([1, , 3], [, , ,], [, 1], [1, , , , 5], new Array(3), new Array(1));
const holes = [1]; holes[10] = 2; log(holes);
log(Array.from({length: 101}, (_, i) => i));
log(Array.from({length: 150}, (_, i) => i % 7));
log(Array.from({length: 26}, (_, i) => String.fromCharCode(97 + i)));
log(Array.from({length: 7}, (_, i) => 'item number ' + i));
log(Array.from({length: 30}, (_, i) => i * 12345));
const withProps = [1, 2]; withProps.extra = 'x'; withProps[-1] = 'neg'; log(withProps);
log([[1, [2, [3, [4, [5]]]]]]);
log([undefined, null, NaN, -0]);
log([1, 'two', {three: 3}, [4], () => 5, Symbol('six')]);
log([1.25, 100.5, -3, 4000000]);
class MyArr extends Array {}
log(MyArr.from([1, 2]), new MyArr());
const big = new Array(5); big[2] = 'mid'; log(big);
log(Array.from({length: 12}, (_, i) => ({id: i})));
log([['a', 1], ['b', 2], ['c', 3]]);
log(Array(200).fill(0).length, [Array(120).fill('x')].length);
const sparse = []; sparse[150] = 1; log(sparse);
