function f() {
  var o = { a: 1 };
  var a = 'local';
  with (o) { a = 2; var b = 3; }
  return [o.a, a, b, 'b' in o];
}
console.log(f());
function compound() {
  var o = { n: 1 };
  with (o) { n += 1; n *= 10; n **= 2; }
  return o.n;
}
console.log(compound());
function logical() {
  var o = { u: undefined, z: 0 };
  with (o) { u ??= 'filled'; z ||= 'truthy'; }
  return [o.u, o.z];
}
console.log(logical());
function destructureInWith() {
  var o = { p: 0, q: 0 };
  with (o) { [p, q] = [1, 2]; ({ p } = { p: 'obj' }); }
  return [o.p, o.q];
}
console.log(destructureInWith());
function readonlyProp() {
  var o = Object.freeze({ r: 1 });
  with (o) { r = 2; }
  return o.r;
}
console.log(readonlyProp());
function setterInWith() {
  var log = [];
  var o = { set s(v) { log.push('set ' + v); }, get s() { return 'got'; } };
  with (o) { s = 'value'; log.push(s); }
  return log;
}
console.log(setterInWith());
function forInWith() {
  var o = { k: 'initial' }, keys = [];
  with (o) { for (k in { x: 1, y: 2 }) keys.push(k); }
  return [keys, o.k];
}
console.log(forInWith());
