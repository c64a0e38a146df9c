function f() {
  var v = 1;
  let l = 2;
  const c = 3;
  function inner() {}
  console.log(typeof v, typeof l, typeof c, typeof inner, typeof undeclared1);
  console.log(delete v, delete l, delete c, delete inner, delete undeclared1);
  console.log(v, l, c, typeof inner);
  try { typeof tdz; let tdz = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
  try { delete tdz2; let tdz2; } catch (e) { console.log('delete tdz', e.name); }
  console.log(delete 1, delete 'x'.length, delete [].length, delete {}.x);
}
f();
function params(p) { return [delete p, p, delete arguments, typeof arguments]; }
console.log(params('p'));
var o = { a: 1 };
console.log(delete o.a, 'a' in o, delete o.nonexistent);
console.log(typeof null, typeof function () {}, typeof class {}, typeof Symbol(), typeof 1n, typeof [], typeof {});
