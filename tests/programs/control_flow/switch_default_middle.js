function run(x) {
  const log = [];
  switch (x) {
    case "a": log.push("a");
    default: log.push("default");
    case "b": log.push("b"); break;
    case "c": log.push("c");
  }
  return log.join(">");
}
console.log(run("a"), run("b"), run("c"), run("zzz"));
function empty(x) { switch (x) {} return "empty ok"; }
console.log(empty(1));
function onlyDefault(x) { switch (x) { default: return "only default " + x; } }
console.log(onlyDefault(2));
function scoped(x) { switch (x) { case 1: { let y = "in block"; return y; } case 2: let y = "case scope"; return y; } }
console.log(scoped(1), scoped(2));
