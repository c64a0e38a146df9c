// Destructuring defaults: evaluated only for undefined, left to right, can see earlier bindings
const log = [];
const d = (name, v) => { log.push(name); return v; };
const { a = d('a', 1), b = d('b', a + 1), c = d('c', 0) } = { c: null };
console.log(a, b, c, log.splice(0));
const [x = d('x', 1), y = d('y', x * 10), z = d('z', 0)] = [undefined, undefined, false];
console.log(x, y, z, log.splice(0));
const { p: { q = d('q', 'deep') } = d('p', {}) } = {};
console.log(q, log.splice(0));
function params({ m = d('m', 1) } = d('obj', {}), [n = d('n', 2)] = d('arr', [])) { return [m, n]; }
console.log(params(), log.splice(0));
console.log(params({ m: 'given' }, [undefined]), log.splice(0));
const { length = d('len', 0) } = 'abc';
console.log(length, log.splice(0));
const getterSrc = { get first() { log.push('get first'); return undefined; }, get second() { log.push('get second'); return 2; } };
const { first = d('default first', 'F'), second = d('never', 0) } = getterSrc;
console.log(first, second, log.splice(0));
