// === vs Object.is vs SameValueZero (includes, Map keys) vs ==
const vals = [0, -0, NaN, '0', null, undefined, false, 0n];
for (const a of vals) {
  console.log(String(Object.is(a, -0) ? '-0' : a).padEnd(9), vals.map(b => (a === b ? 'S' : '.') + (Object.is(a, b) ? 'O' : '.') + ([a].includes(b) ? 'Z' : '.') + (a == b ? 'L' : '.')).join(' '));
}
const m = new Map([[NaN, 'nan'], [0, 'zero']]);
console.log(m.get(NaN), m.get(-0), [NaN].indexOf(NaN), [NaN].includes(NaN), [-0].includes(0), new Set([0, -0, NaN, NaN]).size);
const o = {};
console.log(o === o, {} === {}, [] == [], [] == ![], null === null, undefined === void 0, 'a' === 'a', 1n === 1n, Symbol.for('x') === Symbol.for('x'), Symbol('x') === Symbol('x'));
