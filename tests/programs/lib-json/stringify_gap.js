// JSON.stringify space argument: numbers clamped to 10, strings truncated to 10
const v = { a: [1, { b: 2 }], c: "x" };
for (const s of [0, 1, 2, 2.9, -3, 10, 11, 100, NaN, Infinity, -Infinity]) {
  console.log(String(s), JSON.stringify(JSON.stringify(v, null, s)));
}
for (const s of ["", "\t", "--", "0123456789ABC", "  ", "abcdefghijklmnop"]) {
  console.log(JSON.stringify(s), JSON.stringify(JSON.stringify([1, [2]], null, s)));
}
// boxed space values are unwrapped
console.log(JSON.stringify(JSON.stringify([1], null, new Number(3))));
console.log(JSON.stringify(JSON.stringify([1], null, new String("ab"))));
// boxed number uses ToNumber (valueOf called)
const nb = new Number(1); nb.valueOf = () => { console.log("valueOf called"); return 4; };
console.log(JSON.stringify(JSON.stringify([1], null, nb)));
const sb = new String("x"); sb.toString = () => { console.log("toString called"); return "**"; };
console.log(JSON.stringify(JSON.stringify([1], null, sb)));
// other types ignored
console.log(JSON.stringify(JSON.stringify([1], null, true)), JSON.stringify(JSON.stringify([1], null, {})), JSON.stringify(JSON.stringify([1], null, null)));
// empty containers do not get newlines
console.log(JSON.stringify({ a: [], b: {}, c: [[]] }, null, 2));
// nested indent output
console.log(JSON.stringify({ level1: { level2: { level3: [1, 2] } } }, null, 4));
console.log(JSON.stringify([[1, [2, [3]]]], null, "|"));
// key/value separator gets a space only with gap
console.log(JSON.stringify({ k: 1 }), JSON.stringify({ k: 1 }, null, 1));
// gap and undefined members
console.log(JSON.stringify({ a: undefined, b: 1, c: () => 1 }, null, 2));
console.log(JSON.stringify([undefined, function () {}], null, 2));
// object whose only members are skipped
console.log(JSON.stringify({ a: undefined }, null, 2));
