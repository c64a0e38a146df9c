// Unary operators combined: void, typeof, delete, !, ~, -, + on unusual operands
console.log(void 0, void null, typeof void 0, typeof typeof undefined, !void 0, ~void 0, -void 0);
console.log(typeof !0, typeof -'1', typeof +'x', typeof ~'5', typeof -1n, typeof ~1n);
console.log(!!function () {}, !!Symbol(), !!'false', !!new Boolean(false), !+[], !-0);
console.log(-'', -' 5 ', +'\t\n', ~'-1', ~~'3.9', -[], -[2], -{});
const o = { a: 1 };
console.log(delete o.a && !('a' in o), typeof delete o.b, delete o['c'], delete (1 + 1));
console.log(typeof null === 'object', typeof NaN === 'number', typeof [] === typeof {}, typeof class {} === 'function');
