function outer() {
  var secret = 'local';
  const f = new Function('return typeof secret');
  return f();
}
console.log(outer());
const sloppy = new Function('return this === globalThis');
console.log(sloppy());
const implicitGlobal = new Function('createdByFunction = 1');
implicitGlobal();
console.log(typeof createdByFunction, delete globalThis.createdByFunction);
const usesArgs = new Function('a', 'return arguments.length + a');
console.log(usesArgs(1, 2, 3));
const recursive = new Function('n', 'return n <= 0 ? 0 : n + arguments.callee(n - 1)');
console.log(recursive(4));
const nameBinding = new Function('return typeof anonymous');
console.log(nameBinding());
const generatorish = Function('a', 'b = a', 'return [a, b]');
console.log(generatorish(1), generatorish.length);
