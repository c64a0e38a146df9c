const log = [];
function f() {
  try {
    log.push("try");
    return "from try";
  } finally {
    log.push("finally");
  }
}
console.log(f(), log);
function g() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      if (i === 2) break;
      log.push("body " + i);
    } finally {
      log.push("fin " + i);
    }
  }
  return log.length;
}
console.log(g(), log);
function h() {
  try { throw new Error("boom"); }
  catch (e) { log.push("caught " + e.message); return "catch"; }
  finally { log.push("finally h"); }
}
console.log(h(), log.slice(-2));
function override() { try { return 1; } finally { return 2; } }
console.log(override());
function nested() {
  const r = [];
  try {
    try { r.push(1); throw "inner"; }
    finally { r.push(2); }
  } catch (e) { r.push("caught " + e); }
  finally { r.push(3); }
  return r;
}
console.log(nested());
