// Numeric strings with radix prefixes: Number vs parseInt vs literals; signs are not allowed with prefixes
for (const s of ['0x10', '0X10', '-0x10', '+0x10', '0x', '0xg', '0b102', '0o19', '0B1', '0O7', ' 0x1f ', '0x1F.5', '0x1p3', '00x1']) {
  console.log(JSON.stringify(s), Number(s), parseInt(s), parseInt(s, 16));
}
console.log(0x10, 0o10, 0b10, 1_000_000, 0.1e2, .5e1, 5e-1);
console.log(Number('1_000'), parseInt('1_000'), parseFloat('1_5'), Number('0x1_0'));
console.log(Number('0x' + 'f'.repeat(20)), Number('0b' + '1'.repeat(60)), 0xffffffffffffffffff);
