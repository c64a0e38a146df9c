function tdz(x) {
  switch (x) {
    case 0:
      let a = 'zero';
      return a;
    case 1:
      try { return a; } catch (e) { return e.name + ': ' + e.message; }
  }
}
console.log(tdz(0), tdz(1));
function sharedScope(x) {
  switch (x) {
    case 'a': { let inner = 1; }
    case 'b': const k = 'k'; return k;
  }
}
console.log(sharedScope('a'));
function closuresInSwitch() {
  var fns = [];
  switch (1) {
    case 1:
      let v = 'captured';
      fns.push(() => v);
  }
  return fns[0]();
}
console.log(closuresInSwitch());
function labelled() {
  var log = [];
  outer: {
    log.push('start');
    if (log.length) break outer;
    log.push('never');
  }
  blk: { log.push('second'); }
  a: b: c: for (var i = 0; i < 3; i++) {
    if (i === 1) continue a;
    log.push('i' + i);
  }
  lbl: if (true) { log.push('if'); break lbl; }
  tryLabel: try { break tryLabel; } finally { log.push('finally'); }
  return log;
}
console.log(labelled());
function labelledFunctionDecl() {
  foo: function bar() { return 'labelled fn'; }
  return bar();
}
console.log(labelledFunctionDecl());
function defaultInMiddle(x) {
  var r = [];
  switch (x) {
    case 1: r.push(1);
    default: r.push('d');
    case 2: r.push(2); break;
    case 3: r.push(3);
  }
  return r;
}
console.log(defaultInMiddle(1), defaultInMiddle(2), defaultInMiddle(3), defaultInMiddle(9));
function switchFunctionHoist(x) {
  switch (x) {
    case 1: return f();
    case 2: function f() { return 'hoisted in switch'; }
  }
}
console.log(switchFunctionHoist(1));
