// Conditional and logical operators: short-circuit evaluation, value (not boolean) results, nesting
const log = [];
const v = (x) => { log.push(String(x)); return x; };
console.log(v(0) || v('') || v(null), log.splice(0));
console.log(v(1) && v('a') && v(0) && v('never'), log.splice(0));
console.log(v(null) ?? v(0) ?? v('never'), log.splice(0));
console.log(v(true) ? v('yes') : v('no'), v(false) ? v('yes') : v('no'), log.splice(0));
console.log(v(0) || (v(1) && v(2)), (v(0) || v(1)) && v(2), log.splice(0));
console.log(v(1) ? v(2) ? 'a' : 'b' : 'c', v(0) ? 'x' : v(0) ? 'y' : 'z', log.splice(0));
let a = 0;
const r = a || (a = 5);
console.log(r, a);
function f() { return arguments.length ? 'args' : 'none'; }
console.log(f() || 'x', f(1) && f(), !f(), !!f());
console.log([] || 'x', {} && 'y', '' || 0 || NaN || 'last', 'first' && '' && 'never');
