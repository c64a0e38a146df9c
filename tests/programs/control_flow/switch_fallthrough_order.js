const log = [];
const k = (v) => { log.push("test " + v); return v; };
function run(x) {
  log.length = 0;
  switch (x) {
    case k(1): log.push("one");
    case k(2): log.push("two"); break;
    default: log.push("default");
    case k(3): log.push("three");
  }
  return log.join(",");
}
console.log(run(1));
console.log(run(2));
console.log(run(3));
console.log(run(9));
switch (NaN) { case NaN: console.log("NaN matched"); break; default: console.log("NaN not matched"); }
switch (-0) { case 0: console.log("-0 matches 0"); }
switch ("1") { case 1: console.log("loose"); break; default: console.log("strict compare"); }
