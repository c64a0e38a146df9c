function tag(strings, ...vals) { return strings.raw.join("|") + " :: " + strings.join("/") + " :: " + vals.join(","); }
console.log(tag`a${1}b${2 + 3}c\n`);
const sameSite = () => ((s) => s)`x${0}y`;
console.log(sameSite() === sameSite(), Object.isFrozen(sameSite()), sameSite());
const obj = { m(s, v) { return this.k + s[0] + v; }, k: "K" };
console.log(obj.m`pre${42}`);
if (true) { function blockFn() { return "annex b"; } }
console.log(typeof blockFn, blockFn());
function outer() { { function inner() { return 1; } } return typeof inner; }
console.log(outer());
function html(s, ...v) { return s.reduce((acc, str, i) => acc + str + (i < v.length ? `<${v[i]}>` : ""), ""); }
console.log(html`<p>${"x"} and ${"y"}</p>`);
const fr = Object.freeze([1, 2, 3]);
fr[0] = 9; fr[5] = 1;
console.log(fr, fr.length, Object.isFrozen(fr));
try { fr.push(4); } catch (e) { console.log(e.name, e.message); }
try { fr.pop(); } catch (e) { console.log(e.name); }
