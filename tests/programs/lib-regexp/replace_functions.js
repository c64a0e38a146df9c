// replace with a function: the arguments it receives and how its result is converted
function show(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var log = [];
function rec() { log.push(JSON.stringify(Array.prototype.slice.call(arguments))); return "<" + arguments[0] + ">"; }
show("simple", () => "abc".replace(/b/, rec));
show("args", () => log.pop());
show("captures", () => "a1b2".replace(/([a-z])(\d)/g, rec));
show("args g", () => log.splice(0).join(" "));
show("undefined capture", () => "ab".replace(/(a)|(z)/, rec));
show("args undefined", () => log.pop());
show("named", () => "x=1".replace(/(?<k>\w)=(?<v>\d)/, function () {
  var g = arguments[arguments.length - 1];
  return Object.getPrototypeOf(g) + "|" + Object.keys(g) + "|" + g.k + g.v + "|" + arguments.length;
}));
show("string search fn", () => "abcb".replace("b", rec));
show("args str", () => log.pop());
show("replaceAll fn", () => "abcb".replaceAll("b", rec));
show("args all", () => log.splice(0).join(" "));
show("return number", () => "abc".replace(/b/, () => 42));
show("return undefined", () => "abc".replace(/b/, () => {}));
show("return object", () => "abc".replace(/b/, () => ({ toString() { return "T"; } })));
show("this", () => "abc".replace(/b/, function () { "use strict"; return String(this); }));
show("throws", () => "abc".replace(/b/, () => { throw new Error("no"); }));
var count = 0;
show("calls after matching", () => "aaa".replace(/a/g, () => { count++; return count; }));
var re = /a/g;
show("lastIndex in callback", () => "aXa".replace(re, () => re.lastIndex));
show("lastIndex after", () => re.lastIndex);
show("empty matches", () => "abc".replace(/(?:)/g, (m, i) => i));
show("unicode empty", () => "\u{1F600}a".replace(/(?:)/gu, (m, i) => "[" + i + "]"));
show("position arg", () => "xxaxx".replace(/a/, (m, p, s) => p + ":" + s));
show("modify string later", () => { var out = []; "abc".replace(/./g, (m, p) => { out.push(m + p); return m; }); return out; });
show("nested replace", () => "a-b".replace(/\w/g, m => m.replace(/./, c => c.toUpperCase())));
show("fn with ten groups", () => "abcdefghijk".replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, function () { return arguments.length; }));
