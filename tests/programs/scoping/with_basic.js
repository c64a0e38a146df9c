var o = { a: 1, b: 2 };
function f() {
  var a = 'local a', c = 'local c';
  with (o) {
    console.log(a, b, c);
    a = 100;          // assigns o.a
    c = 'changed c';  // assigns the local
    var d = 'declared in with';  // var hoists to f, initialiser assigns through the with
  }
  console.log(o.a, a, c, d, o.d);
}
f();
function withCall() {
  var obj = {
    name: 'obj',
    who() { return this === obj ? 'this is obj' : String(this); },
  };
  with (obj) { return who(); }
}
console.log(withCall());
function missing() {
  var p = { };
  with (p) { q = 5; }
  return [typeof p.q, typeof q];
}
console.log(missing());
function dynamicAdd() {
  var target = {};
  var x = 'outer';
  var log = [];
  with (target) {
    log.push(x);
    target.x = 'from object';
    log.push(x);
    delete target.x;
    log.push(x);
  }
  return log;
}
console.log(dynamicAdd());
function withPrimitive() {
  with ('abc') { return length + charAt(1); }
}
console.log(withPrimitive());
try { with (null) {} } catch (e) { console.log(e.name + ': ' + e.message); }
try { with (undefined) {} } catch (e) { console.log(e.name + ': ' + e.message); }
function nestedWith() {
  var a = { v: 'a', only_a: 1 }, b = { v: 'b' };
  with (a) with (b) return v + only_a;
}
console.log(nestedWith());
function closureInWith() {
  var o = { k: 1 };
  var fns = [];
  with (o) { fns.push(function () { return k; }); fns.push(() => typeof k); }
  o.k = 2;
  return fns.map(f => f());
}
console.log(closureInWith());
function typeofInWith() {
  with ({ t: 1 }) return [typeof t, typeof nope];
}
console.log(typeofInWith());
function deleteInWith() {
  var o = { z: 1 };
  with (o) { var r = delete z; }
  return [r, 'z' in o];
}
console.log(deleteInWith());
function withProto() {
  var proto = { inherited: 'yes' };
  var o = Object.create(proto);
  with (o) return inherited;
}
console.log(withProto());
function updateOps() {
  var o = { n: 1 };
  with (o) { n++; n += 10; ++n; }
  return o.n;
}
console.log(updateOps());
