function decls(x) {
  switch (x) {
    case 1:
      var v = 'var in switch';
      let l = 'let in switch';
      function fn() { return 'fn in switch'; }
      return [v, l, fn()];
    default:
      return [typeof v, typeof fn];
  }
}
console.log(decls(1), decls(2));
function tdzAcrossCases(x) {
  switch (x) {
    case 'a': let y = 1;
    case 'b': try { return y; } catch (e) { return e.name; }
  }
}
console.log(tdzAcrossCases('a'), tdzAcrossCases('b'));
function closureInCase() {
  var fs = [];
  for (var i = 0; i < 2; i++) {
    switch (i) { case 0: case 1: let c = i; fs.push(() => c); }
  }
  return fs.map(f => f());
}
console.log(closureInCase());
function discriminantSeesOuter() {
  let k = 'outer';
  switch (k) { case 'outer': { let k = 'inner'; return k; } }
}
console.log(discriminantSeesOuter());
function caseExpressionsLazy() {
  const log = [];
  const t = v => { log.push(v); return v; };
  switch (2) { case t(1): break; case t(2): break; case t(3): break; }
  return log;
}
console.log(caseExpressionsLazy());
