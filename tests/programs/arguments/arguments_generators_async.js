function* g(a) { arguments[0] = 'changed'; yield a; yield arguments.length; }
console.log([...g('orig', 2)]);
function* strictGen(a) { 'use strict'; arguments[0] = 'changed'; yield a; }
console.log([...strictGen('orig')]);
