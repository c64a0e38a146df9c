// placeholder substitution, pluralization and number formatting with regexps
var messages = {
  greeting: "Hello, {name}! You have {count, plural, one {# message} other {# messages}}.",
  price: "Total: {amount, number} {currency}",
  escaped: "Use '{' and '}' for braces, {x}"
};
function fmtNumber(n) {
  var [int, frac] = String(n.toFixed(2)).split(".");
  return int.replace(/\B(?=(\d{3})+$)/g, ",") + "." + frac;
}
function format(msg, vars) {
  return msg
    .replace(/'([{}])'/g, (m, c) => "\u0000" + (c === "{" ? "L" : "R"))
    .replace(/\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g, (m, k, one, other) => (vars[k] === 1 ? one : other).replace(/#/g, vars[k]))
    .replace(/\{(\w+), number\}/g, (m, k) => fmtNumber(vars[k]))
    .replace(/\{(\w+)\}/g, (m, k) => (k in vars ? vars[k] : m))
    .replace(/\u0000([LR])/g, (m, c) => (c === "L" ? "{" : "}"));
}
console.log(format(messages.greeting, { name: "Ana", count: 1 }));
console.log(format(messages.greeting, { name: "Bo", count: 5 }));
console.log(format(messages.price, { amount: 1234567.891, currency: "EUR" }));
console.log(format(messages.escaped, { x: 1 }));
console.log(format("{missing} stays", {}));
var durations = ["1h30m", "45s", "2h", "3m15s", "1h2m3s", "bad"];
for (var d of durations) {
  var m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(d);
  console.log(d, m && m[0] ? (+(m[1] || 0)) * 3600 + (+(m[2] || 0)) * 60 + (+(m[3] || 0)) : "invalid");
}
var sizes = ["10KB", "1.5 MB", "3gb", "42", "7 TB"];
var units = { "": 1, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
for (var s of sizes) {
  var x = /^(\d+(?:\.\d+)?)\s*([KMGT]?)B?$/i.exec(s);
  console.log(s, x ? +x[1] * units[x[2].toUpperCase()] : NaN);
}
