// Every String.prototype method throws a TypeError naming itself on null / undefined receivers
const names = Object.getOwnPropertyNames(String.prototype).filter(n => typeof String.prototype[n] === "function" && n !== "constructor" && n !== "toString" && n !== "valueOf").sort();
for (const n of names) {
  for (const recv of [null, undefined]) {
    try { String.prototype[n].call(recv, "a", "b"); console.log(n, "no error"); }
    catch (e) { console.log(n, String(recv), e.constructor === TypeError, e.message); }
  }
}
