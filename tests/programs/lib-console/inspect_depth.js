// default depth 2: [Object], [Array], [Map], [Set], class names at the cut-off
const log = console.log;
log({l1: {l2: {l3: {l4: 1}}}});
log([[[[1]]]], [[[[]]]], [[[{}]]]);
log({a: {b: {arr: [1, 2], obj: {x: 1}, map: new Map([[1, 2]]), set: new Set([1])}}});
class Deep { constructor() { this.v = 1; } }
log({a: {b: {c: new Deep()}}}, {a: {b: {c: Object.create(null)}}});
log({a: {b: {c: () => 1, d: 'str', e: 5, f: null}}});
log({a: {b: {c: [1], d: {}, e: []}}});
log([{a: [{b: [{c: 1}]}]}]);
log(new Map([[{k: {k2: {k3: 1}}}, {v: {v2: {v3: 1}}}]]));
log(new Set([[[['deep']]]]));
log({a: {b: {c: new Error('e').message}}});
log({a: {b: {c: {[Symbol('s')]: 1}}}});
log({a: {b: {c: Object.assign(function fn() {}, {p: 1})}}});
log({x: {y: {z: new (class Named {})()}}});
log([[1, [2, [3, [4]]]], {o: {p: {q: {r: 1}}}}]);
