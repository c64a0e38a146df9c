// JSON.stringify indentation: number and string gaps, clamping, nesting, empty containers
const log = console.log;
const v = {a: [1, {b: 2}], c: {}, d: [], e: 'x'};
log(JSON.stringify(v, null, 2));
log(JSON.stringify(v, null, '--'));
log(JSON.stringify([1, [2, [3]]], null, 1));
log(JSON.stringify({a: 1}, null, 20) === JSON.stringify({a: 1}, null, 10));
log(JSON.stringify({a: 1}, null, 'abcdefghijklmnop'));
log(JSON.stringify({a: 1}, null, 0), JSON.stringify({a: 1}, null, -5), JSON.stringify({a: 1}, null, ''));
log(JSON.stringify({a: 1}, null, 3.9));
log(JSON.stringify({a: 1}, null, new Number(2)));
log(JSON.stringify({a: 1}, null, new String('\t')));
log(JSON.stringify({a: 1}, null, true), JSON.stringify({a: 1}, null, {}));
log(JSON.stringify([undefined, function () {}], null, 2));
log(JSON.stringify({u: undefined, f() {}}, null, 2));
log(JSON.stringify([[], {}, [[]]], null, 2));
log(JSON.stringify({deep: {deeper: {deepest: [1, 2]}}}, null, '\t'));
log(JSON.stringify('top', null, 4), JSON.stringify(5, null, 4));
