// named capture groups: groups object, \k backreferences, replacement, destructuring
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var m = /(?<year>\d{4})-(?<month>\d{2})(?:-(?<day>\d{2}))?/.exec("date: 2020-12");
show("groups", () => m.groups);
show("proto", () => Object.getPrototypeOf(m.groups));
show("keys", () => Object.keys(m.groups));
show("undefined day", () => "day" in m.groups && m.groups.day === undefined);
show("numbered too", () => [m[1], m[2], m[3]]);
show("destructure", () => { var { groups: { year, month } } = m; return year + "/" + month; });
show("backref", () => /(?<q>['"]).*?\k<q>/.exec(`say "hi" 'x'`)[0]);
show("backref numbered", () => /(?<a>.)\1/.exec("xyyz")[0]);
show("backref before group", () => /\k<a>(?<a>x)/.exec("x")[0]);
show("unicode name", () => /(?<π>\d)/.exec("3").groups.π);
show("escape in name", () => /(?<\u0061b>x)/.exec("x").groups.ab);
show("astral name", () => Object.keys(/(?<\u{1D4D1}>x)/u.exec("x").groups)[0].length);
show("dollar name", () => /(?<$x>.)/.exec("q").groups.$x);
show("replace named", () => "John Smith".replace(/(?<first>\w+) (?<last>\w+)/, "$<last>, $<first>"));
show("replace fn groups", () => "a=1".replace(/(?<k>\w)=(?<v>\d)/, (...args) => JSON.stringify(args[args.length - 1])));
show("matchAll named", () => Array.from("a1 b2".matchAll(/(?<l>[a-z])(?<d>\d)/g), x => x.groups.l + x.groups.d).join());
show("no names groups undefined", () => /(x)/.exec("x").groups);
show("\\k without names (annex B)", () => /\k<a>/.exec("k<a>")[0]);
show("\\k invalid with names", () => new RegExp("(?<a>x)\\k<b>"));
show("\\k invalid with u", () => new RegExp("\\k<a>", "u"));
show("dup name", () => new RegExp("(?<n>a)(?<n>b)"));
show("bad name", () => new RegExp("(?<1a>x)"));
show("empty name", () => new RegExp("(?<>x)"));
show("groups order", () => Object.keys(/(?<z>a)(?<a>b)(?<m>c)/.exec("abc").groups).join());
show("quantified named", () => /(?:(?<c>[a-c]))+/.exec("abc").groups.c);
show("lookahead named", () => /(?=(?<ahead>\w+))/.exec("hello").groups.ahead);
show("split named", () => JSON.stringify("a1b".split(/(?<d>\d)/)));
var g = /(?<x>a)|(?<y>b)/g;
show("alternating", () => { var r = [], x; while ((x = g.exec("ab"))) r.push(JSON.stringify(x.groups)); return r.join(" "); });
show("search named", () => "xyz".search(/(?<n>z)/));
show("groups is fresh", () => { var r = /(?<a>.)/; return r.exec("a").groups !== r.exec("a").groups; });
show("groups writable", () => { var g = /(?<a>.)/.exec("a").groups; g.a = 5; g.b = 6; return JSON.stringify(g); });
