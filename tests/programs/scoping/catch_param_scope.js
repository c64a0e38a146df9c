function f() {
  var e = 'outer';
  try { throw 'inner'; } catch (e) { e = 'modified'; }
  return e;
}
console.log(f());
function g() {
  try { throw 1; } catch (err) { var err = 2; var other = err; }
  return [typeof err, other];
}
console.log(g());
function h() {
  const fs = [];
  for (let i = 0; i < 2; i++) { try { throw i; } catch (c) { fs.push(() => c); } }
  return fs.map(fn => fn());
}
console.log(h());
try { eval("try {} catch (x) { let x; }"); } catch (e) { console.log(e.name + ': ' + e.message); }
