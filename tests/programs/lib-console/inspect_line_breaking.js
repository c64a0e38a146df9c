// line breaking: 72/80 column limits, compact=3 grouping, nested object layout
const log = console.log;
log({a: 'x'.repeat(30), b: 'y'.repeat(30)});
log({a: 'x'.repeat(40), b: 'y'.repeat(40)});
log({alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9});
log({alpha: 1, beta: 2, gamma: 3, delta: 4, epsilon: 5, zeta: 6, eta: 7, theta: 8, iota: 9, kappa: 10, lambda: 11});
log([{a: 1, b: 2}, {a: 3, b: 4}]);
log({outer: {inner: {deepest: 'value'}, sibling: [1, 2, 3]}, another: 'field', more: {x: 1}});
log(['short', 'words', 'in', 'an', 'array', 'that', 'is', 'long', 'enough', 'to', 'group', 'into', 'columns', 'ok', 'yes', 'no', 'maybe']);
log(Array.from({length: 8}, (_, i) => 'x'.repeat(i * 3)));
log({key: Array.from({length: 10}, (_, i) => i * 100)});
log({a: [1, 2, 3], b: {c: [4, 5, {d: 6}]}});
log([[1, 2, [3, 4, [5, [6]]]], {k: [{l: 1}]}]);
log({text: 'a fairly long string value that goes on', other: 'and another string value here'});
log([['nested', 'array'], ['of', 'pairs'], ['to', 'check'], ['the', 'layout'], ['more', 'rows'], ['and', 'more'], ['x', 'y']]);
log({f: function () {}, arr: [1, 2, 3], obj: {}, str: 'str', num: 1, nul: null, und: undefined, bool: true});
log(Array.from({length: 27}, (_, i) => -i * 1.5));
log({a: 1, b: {c: 2, d: {e: 3, f: {g: 4}}}}, 'second arg', [1, 2]);
