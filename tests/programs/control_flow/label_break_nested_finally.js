const log = [];
a: {
  try {
    try {
      log.push("inner try");
      break a;
    } finally {
      log.push("inner finally");
    }
  } finally {
    log.push("outer finally");
  }
  log.push("unreachable");
}
log.push("after");
console.log(log.join(", "));
function f() {
  lbl: try { return "try"; } finally { break lbl; }
  return "after label";
}
console.log(f());
