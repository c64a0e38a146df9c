// Default parameters: left-to-right evaluation, access to earlier params, TDZ of later ones, scope
const log = [];
const d = (name, v) => { log.push(name); return v; };
function f(a = d('a', 1), b = d('b', a + 1), c = d('c', b * 10)) { return [a, b, c]; }
console.log(f(), log.splice(0));
console.log(f(undefined, 5), log.splice(0));
console.log(f(null, undefined, 0), log.splice(0));
function h(a, b = () => a) { a = 'changed'; return b(); }
console.log(h('orig'));
function len(a, b = 2, c) {}
console.log(len.length, ((a, ...r) => {}).length, (function (...args) {}).length);
function argsWithDefaults(a = 1) { a = 99; return arguments[0]; }
console.log(argsWithDefaults(5), argsWithDefaults());
function selfRef(fn = () => selfRef.name) { return fn(); }
console.log(selfRef());
let counter = 0;
function perCall(v = ++counter) { return v; }
console.log(perCall(), perCall(), perCall(100), counter);
function destr({ a = 1, b } = {}, [c = 3] = []) { return [a, b, c]; }
console.log(destr(), destr({ b: 2 }, [undefined]), destr({ a: null }));
