// Operator precedence and associativity checks against V8
console.log(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -(2 ** 2), 10 - 5 - 2, 64 / 4 / 2, 2 * 3 % 4);
console.log(1 < 2 < 3, 3 > 2 > 1, 1 == 1 == 1, '1' + 2 - 1, '3' - 2 + '1', 1 + - + + + - + 1);
console.log(!0 + 1, typeof 1 + 2, typeof (1 + 2), void 1 + 1, -1 >>> 28, 1 << 2 + 1, (1 << 2) + 1);
console.log(true || false && false, (true || false) && false, null ?? 1 ? 'a' : 'b', 1 & 3 | 4 ^ 6);
let x = 5;
x += x *= 2;
console.log(x);
let y = 1;
y = y++ + (y = 10) + y;
console.log(y);
const arr = [1, 2, 3];
console.log(arr[1] ** 2, (-arr[0]) ** 2);
