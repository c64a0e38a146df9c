function classify(x) {
  const r = [];
  switch (x) {
    case 1:
      r.push("one");
    case 2:
      r.push("two-ish");
      break;
    case "3":
      r.push("string three");
      break;
    default:
      r.push("default");
    case 4:
      r.push("four");
  }
  return r.join(",");
}
for (const v of [1, 2, 3, "3", 4, 5]) console.log(v, classify(v));
function noDefault(x) { switch (x) { case 0: return "zero"; case 1: return "one"; } return "none"; }
console.log(noDefault(0), noDefault(1), noDefault(2));
switch (3) { case 3: { let y = "scoped"; console.log(y); } }
