// Number(), parseInt, parseFloat, unary + and their differences
const inputs = ['42', '  42  ', '42px', '0x1A', '0b11', '0o17', '1e3', '.5', '-.5', '', ' ', 'Infinity', '-Infinity', '1_000', '+12', '--1', '0.1e1', '12e', 'NaN', '3.14abc', '\n7\t'];
for (const s of inputs) console.log(JSON.stringify(s), Number(s), parseInt(s), parseFloat(s), +s);
console.log(parseInt('ff', 16), parseInt('0x10', 16), parseInt('10', 2), parseInt('z', 36), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0));
console.log(parseInt(0.0000005), parseInt('123', undefined), parseInt(null, 36), parseFloat('1e1000'), parseFloat('-0'), Object.is(parseFloat('-0'), -0));
console.log(Number(''), Number('0'), Number('-0'), Object.is(Number('-0'), -0), Number(' \n '), Number([]), Number(['7']), Number([1, 2]));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, Number.isNaN('x'), isNaN('x'), Number.isInteger(5.0), Number.isSafeInteger(2 ** 53));
