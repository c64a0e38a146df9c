function f([a, b] = [1, 2], { c } = { c: 3 }) { return a + b + c; }
console.log(f(), f([10, 20]), f(undefined, { c: 100 }));
console.log(f.length);
const arrow = ({ x = 1, y = x * 2 } = {}, [z] = [y]) => [x, y, z];
console.log(arrow(), arrow({ x: 5 }), arrow({ y: 0 }, []));
function g(a, b = a, ...[c = b]) { return [a, b, c]; }
console.log(g(1), g(1, 2), g(1, 2, 3), g.length);
try { (function ([a]) {})(); } catch (e) { console.log(e.constructor.name); }
try { (function ({ a }) {})(null); } catch (e) { console.log(e.constructor.name); }
