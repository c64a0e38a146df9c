// String.prototype.at / charAt / charCodeAt / codePointAt: index coercion and bounds
const s = "a😀b\ud800c";
const idx = [0, 1, 2, 3, 4, 5, 6, -1, -2, -7, -8, 1.9, -0.5, NaN, Infinity, -Infinity, "2", null, undefined, true, "x", [], [3], {valueOf() { return 4; }}];
for (const i of idx) {
  const label = typeof i === "object" && i !== null ? JSON.stringify(i) : String(i);
  console.log(label, JSON.stringify(s.at(i)), JSON.stringify(s.charAt(i)), s.charCodeAt(i), s.codePointAt(i));
}
console.log("".at(0), "".charAt(0) === "", "".charCodeAt(0), "".codePointAt(0));
console.log("abc".at(), "abc".charAt(), "abc".charCodeAt(), "abc".codePointAt());
console.log("\udc00\ud800".codePointAt(0), "\udc00\ud800".codePointAt(1), "\ud800\udc00".codePointAt(0), "\ud800\udc00".codePointAt(1));
console.log(String.prototype.at.call(12345, -2), String.prototype.charAt.call(true, 1), String.prototype.codePointAt.call(10n, 0));
