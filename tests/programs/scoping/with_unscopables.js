function f() {
  var values = 'outer values';
  var keys = 'outer keys';
  var arr = [1, 2, 3];
  with (arr) {
    console.log(typeof values, typeof keys, length, typeof push);
  }
  var obj = { a: 1, b: 2, [Symbol.unscopables]: { a: true, b: false } };
  var a = 'local a', b = 'local b';
  with (obj) console.log(a, b);
  var getterCalls = 0;
  var tricky = { x: 'obj x' };
  Object.defineProperty(tricky, Symbol.unscopables, { get() { getterCalls++; return { x: getterCalls > 1 }; } });
  var x = 'local x';
  with (tricky) { console.log(x); console.log(x); }
  console.log(getterCalls);
}
f();
console.log(typeof Symbol.unscopables, Symbol.unscopables.toString());
console.log(Object.keys(Array.prototype[Symbol.unscopables] || {}).sort().join());
