function named() { return eval("named.name + ' ' + arguments.callee.name"); }
console.log(named());
const expr = function exprName() { return eval("typeof exprName"); };
console.log(expr());
