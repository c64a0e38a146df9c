// console.log of primitives at top level and nested: numbers, strings, quotes, bigint, symbols
const log = console.log;
log(1, -1, 0, -0, 1.5, 1e21, 1e-7, 123456789012345680000, NaN, Infinity, -Infinity, 2 ** 53);
log([0, -0, 0.1, -1e-7, 5e-324, 1.7976931348623157e308]);
log(1n, -12345678901234567890n, [0n, -1n]);
log(true, false, null, undefined, [true, null, undefined]);
log('plain', ['plain'], ["it's"], ['say "hi"'], [`both ' and "`], [`all ' " \``]);
log(['\n', '\t', '\\', '\x00', '\x7f', '\u001b', 'é', '😀', '\ud800']);
log({s: 'x'.repeat(20)}, ['multi\nline']);
log(Symbol(), Symbol('desc'), [Symbol('in array')], Symbol.iterator, Symbol.for('reg'));
log('%', '%%', 'a%b', 100);
log('');
log(' leading', 'trailing ');
log(-0 + '', String(-0), [-0 + ''], `${-0}`);
log([1.0, 2.50, 100, 1e100, 0x10, 0o17, 0b11]);
log('long string '.repeat(10));
log(['long string '.repeat(10)]);
log(typeof log(), 'after undefined');
