// ToNumber applied to strings: whitespace, radix prefixes, Infinity, separators
const cases = ['', ' ', '\t\n\v\f\r', '\u00a0 12 \ufeff', '\u2028 7 \u2029', '\u3000-3\u1680',
  '0x1F', '0X1f', '0o17', '0O17', '0b101', '0B11', '-0x10', '+0x10', '0x', '0b2', '0o8',
  'Infinity', '-Infinity', '+Infinity', 'infinity', 'INFINITY', '1_000', '1e3', '1E-3', '.5', '5.', '.',
  '+.5', '-.5e1', '1e', 'e1', '00012', '-0', '+-1', '1 2', '12px', '0.0000001', '1e21', '1e1000',
  '-1e1000', '\u180e1', '0x1.5', '  0b11  ', '١٢', '1n', '.e1', '0.1e-400', '9007199254740993',
  '0xFFFFFFFFFFFFFFFFF'];
for (const s of cases) {
  const n = Number(s);
  console.log(JSON.stringify(s), Object.is(n, -0) ? '-0' : n, +s === n || (isNaN(n) && isNaN(+s)));
}
console.log(Number(null), Number(undefined), Number(true), Number(false), Number([]), Number([5]), Number([1, 2]));
console.log(Number({}), Number(['  9  ']), Number([[['3']]]));
try { Number(Symbol('x')); } catch (e) { console.log(e.constructor.name, e.message); }
try { +Symbol('x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { +1n; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Number(12345678901234567890n), Number(-5n));
console.log(parseInt('0x1F'), parseFloat('1e3x'), parseInt('  -12abc'), parseFloat('.5.5'));
