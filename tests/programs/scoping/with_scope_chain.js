var log = [];
function f() {
  var x = 'function';
  var o1 = { x: 'o1' };
  var o2 = {};
  with (o1) {
    with (o2) {
      log.push(x);
      o2.x = 'o2';
      log.push(x);
    }
    log.push(x);
  }
  log.push(x);
}
f();
console.log(log);
function functionsDeclaredInWith() {
  var o = { v: 'from object' };
  with (o) {
    var getV = function () { return v; };
  }
  o.v = 'changed';
  return getV();
}
console.log(functionsDeclaredInWith());
function letInsideWith() {
  var o = { l: 'object l' };
  with (o) { let l = 'block let'; return l; }
}
console.log(letInsideWith());
function withThisUnaffected() {
  var o = { this: 'not used' };
  with (o) return this === globalThis;
}
console.log(withThisUnaffected());
function withArguments() {
  with ({ arguments: 'shadowed' }) return arguments;
}
console.log(withArguments(1));
function withProxyLikeGetter() {
  var count = 0;
  var o = {};
  Object.defineProperty(o, 'g', { get() { count++; return 'g'; } });
  with (o) { g; g; }
  return count;
}
console.log(withProxyLikeGetter());
