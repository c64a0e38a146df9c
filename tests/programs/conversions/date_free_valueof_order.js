// valueOf / toString call order for every operator kind, recorded through a log
const log = [];
const make = (name, v) => ({
  valueOf() { log.push(name + '.valueOf'); return v; },
  toString() { log.push(name + '.toString'); return String(v); },
});
const a = make('a', 6), b = make('b', 3);
const ops = {
  '+': () => a + b, '-': () => a - b, '*': () => a * b, '/': () => a / b, '%': () => a % b, '**': () => a ** b,
  '&': () => a & b, '|': () => a | b, '^': () => a ^ b, '<<': () => a << b, '>>': () => a >> b, '>>>': () => a >>> b,
  '<': () => a < b, '>': () => a > b, '<=': () => a <= b, '>=': () => a >= b, '==': () => a == b, '!=': () => a != 6,
  '===': () => a === b, 'unary -': () => -a, 'unary +': () => +a, '~': () => ~a, '!': () => !a, 'typeof': () => typeof a,
  'template': () => `${a}${b}`, 'String': () => String(a), 'concat': () => ''.concat(a, b), 'join': () => [a, b].join('-'),
  'in key': () => a in { 6: 1 }, 'computed key': () => ({ [a]: 1 }), 'isNaN': () => isNaN(a), 'Math.max': () => Math.max(a, b),
};
for (const [name, f] of Object.entries(ops)) {
  const r = f();
  console.log(name.padEnd(12), typeof r === 'object' ? JSON.stringify(r) : r, log.splice(0).join(' '));
}
