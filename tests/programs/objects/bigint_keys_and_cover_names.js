// BigInt literal property names are the BigInt's decimal string; a parenthesized
// assignment target does not name an anonymous function.
var o = { 999999999999999999n: true, 1n() { return "method"; }, 0x10n: "hex", get 2n() { return "getter"; } };
console.log(Object.keys(o), o[1](), o["2"]);
class C { 3n() { return "class method"; } static 4n = "static field"; }
console.log(new C()[3](), C["4"]);
var { 1n: bk, 0x10n: hx } = { "1": "destructured", "16": "hex key" };
console.log(bk, hx);
var fn, fn2, fn3;
(fn) = function () {};
fn2 = function () {};
((fn3)) = () => {};
console.log(JSON.stringify(fn.name), fn2.name, JSON.stringify(fn3.name));
