// ToString / String() of every kind of value, including symbols and objects
console.log(String(undefined), String(null), String(true), String(false), String(12n), String(-0n));
console.log(String([1, [2, [3]]]), String([null, undefined, 1]), String({}), String(Object.create(null, { toString: { value: () => 'custom' } })));
console.log(String(Symbol('desc')), String(Symbol()), Symbol('x').toString(), Symbol('x').description, Symbol().description);
try { '' + Symbol('no'); } catch (e) { console.log(e.constructor.name, e.message); }
try { [Symbol('in array')].join(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(String(function f() { return 1; }), String(class A {}), String(() => 0));
console.log([1, 2, 3] + '', ({}) + '', (() => {}) + '');
const withToString = { toString() { return 'TS'; } };
const withValueOf = { valueOf() { return 'VO'; } };
console.log(String(withToString), String(withValueOf), withValueOf + '', `${withValueOf}`, [withValueOf] + '');
const tag = { [Symbol.toStringTag]: 'Tagged' };
console.log(String(tag), Object.prototype.toString.call(tag), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined));
console.log(Object.prototype.toString.call(1), Object.prototype.toString.call(''), Object.prototype.toString.call(true), Object.prototype.toString.call([]));
console.log(Object.prototype.toString.call(function () {}), Object.prototype.toString.call(Symbol()), Object.prototype.toString.call(1n));
