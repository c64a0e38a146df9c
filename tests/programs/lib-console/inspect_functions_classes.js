// functions and classes: names, anonymous, bound, async, generators, props on functions
const log = console.log;
function named() {}
log(named, function () {}, () => {}, async function af() {}, async () => {}, function* gen() {}, async function* ag() {});
class A {} class B extends A {}
log(A, B, class {}, class extends A {}, [A, B]);
log(named.bind(null), (() => {}).bind(null), Math.max, Array.prototype.push, Symbol, Object);
const withProps = Object.assign(function fp() {}, {a: 1, b: 'x'});
log(withProps, {nested: withProps});
const renamed = function original() {}; Object.defineProperty(renamed, 'name', {value: 'changed'}); log(renamed);
const noName = function () {}; Object.defineProperty(noName, 'name', {value: ''}); log(noName);
const numName = function () {}; Object.defineProperty(numName, 'name', {value: 5}); log(numName);
class Static { static x = 1; static m() {} }
log(Static, {Static});
const nullProtoFn = function np() {}; Object.setPrototypeOf(nullProtoFn, null); log(nullProtoFn);
const anonClass = (() => class {})(); log(anonClass, anonClass.name);
log({method() {}, get accessor() { return 1; }, async am() {}, *gm() {}});
log([parseInt, JSON.parse, Promise.all, Reflect.get]);
log(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get);
class WithToString { static toString() { return 'custom'; } } log(WithToString, `${WithToString}`);
log(new Function('a', 'return a'), Function.prototype);
