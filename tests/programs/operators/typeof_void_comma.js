// typeof on every kind of value, undeclared names, void and the comma operator
console.log(typeof undefined, typeof null, typeof 1, typeof NaN, typeof '', typeof true, typeof 1n);
console.log(typeof Symbol(), typeof {}, typeof [], typeof function () {}, typeof (() => 1), typeof class {});
console.log(typeof function* () {}, typeof async function () {}, typeof Math, typeof JSON, typeof Object);
console.log(typeof undeclaredVariable, typeof typeof 1, typeof new Number(1), typeof Object(1n));
console.log(typeof Object(Symbol()), typeof String.prototype.at, typeof Function.prototype);
try { typeof tdz; let tdz = 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(void 0, void 'x', void (1 + 2), void 0 === undefined);
let n = 0;
const r = (n++, n++, n * 10);
console.log(r, n);
for (let i = 0, j = 10; i < j; i += 3, j -= 3) console.log(i, j);
console.log((1, 2, 3), [(1, 2)], typeof (0, function () {}));
const obj = { m() { return this === obj; } };
console.log(obj.m(), (obj.m)(), (0, obj.m)() === false);
console.log(true ? 'a' : 'b', 0 ? 'a' : '' ? 'b' : 'c', null ?? (1 ? 2 : 3));
const calls = [];
const t = () => (calls.push('t'), true), f = () => (calls.push('f'), false);
console.log(t() ? f() : t(), f() ? t() : f(), calls.join(''));
console.log(!0, !'', !!NaN, !!'0', !![], !!{}, !!-0, !!0n, !!Symbol());
