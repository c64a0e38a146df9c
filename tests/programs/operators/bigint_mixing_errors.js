// Mixing BigInt and Number: which operators throw, which compare, and the exact messages
const ops = ['+', '-', '*', '/', '%', '**', '&', '|', '^', '<<', '>>', '>>>', '<', '>', '<=', '>=', '==', '===', '!='];
for (const op of ops) {
  let r1, r2;
  try { r1 = String(new Function('a', 'b', `return a ${op} b`)(5n, 2)); } catch (e) { r1 = e.constructor.name + ': ' + e.message; }
  try { r2 = String(new Function('a', 'b', `return a ${op} b`)(5n, 2n)); } catch (e) { r2 = e.constructor.name + ': ' + e.message; }
  console.log(op.padEnd(4), '|', r1, '|', r2);
}
console.log(5n + '2', '2' + 5n, `${5n}`, [5n].join(), 5n == '5', 5n < '6');
