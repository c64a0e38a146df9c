// direct eval sees the caller's bindings and this
function f(a, b) {
  var local = a * 2;
  let blockish = 'L';
  return eval("local + b + blockish");
}
console.log(f(3, 4));
const obj = {
  v: 42,
  m() { return eval("this.v"); },
  arrow() { return (() => eval("this.v + 1"))(); },
};
console.log(obj.m(), obj.arrow());
function nested() {
  var x = 1;
  function inner() { return eval("x += 10; x"); }
  inner();
  return x;
}
console.log(nested());
console.log(eval("1 + 2 * 3"));
console.log(eval(42), eval({a: 1}).a, eval());
var arr = [1, 2];
console.log(eval(arr) === arr);
console.log(typeof eval, eval.length, eval.name);
