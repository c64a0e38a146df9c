const obj = {
  name: "obj",
  tag(strings, ...vals) { return this.name + ":" + strings.join("_") + ":" + vals.join(","); },
};
console.log(obj.tag`a${1}b${2}c`);
console.log(obj["tag"]`x`);
function f() { return function (s) { return "inner " + s[0]; }; }
console.log(f()`called`);
const chained = (s) => (t) => s[0] + t[0];
console.log(chained`first``second`);
function sloppy() { return this === undefined ? "undef" : typeof this; }
console.log(sloppy`t`);
class C { static t(s) { return this.name + s[0]; } }
console.log(C.t`!`);
