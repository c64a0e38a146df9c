// Object.keys / values / entries: ordering (integer keys first), strings, non-enumerables
const log = console.log;
const o = {b: 1, a: 2, 10: 'ten', 2: 'two', [Symbol('x')]: 3, '-1': 'neg', '01': 'lead'};
log(Object.keys(o));
log(Object.values(o));
log(Object.entries(o));
log(Object.keys('héllo'), Object.values('ab'), Object.entries('xy'));
log(Object.keys([1, , 3]), Object.values([1, , 3]), Object.entries([, 'b']));
log(Object.keys(5), Object.values(true), Object.entries(1n));
try { Object.keys(undefined); } catch (e) { log(e.constructor.name, e.message); }
try { Object.entries(null); } catch (e) { log(e.constructor.name, e.message); }
const proto = {inherited: 1};
const child = Object.create(proto, {own: {value: 2, enumerable: true}, hid: {value: 3}});
log(Object.keys(child), Object.values(child), Object.entries(child));
const changing = {a: 1, get b() { delete this.c; return 2; }, c: 3};
log(Object.entries(changing));
log(Object.keys(function f(a, b) {}), Object.keys(class {}));
const big = {4294967295: 'x', 4294967294: 'y', 1: 'z'};
log(Object.keys(big));
log(Object.keys.length, Object.values.length, Object.entries.length);
log(Object.keys(new Map([[1, 2]])), Object.keys(Object('str')));
