// RegExp.prototype.test and String.prototype.search
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("test true", () => /b/.test("abc"));
show("test false", () => /z/.test("abc"));
show("test coerce", () => /1/.test(1));
show("test undefined", () => /undefined/.test());
show("test g state", () => { var r = /a/g; return [r.test("aa"), r.test("aa"), r.test("aa")].join(); });
show("test receiver", () => RegExp.prototype.test.call({}, "a"));
show("test user exec", () => RegExp.prototype.test.call({ exec: () => ({}) }, "a"));
show("test exec override", () => { var r = /a/; r.exec = () => null; return r.test("a"); });
show("test proto exec override", () => { var old = RegExp.prototype.exec; RegExp.prototype.exec = function () { return null; }; var x = /a/.test("a"); RegExp.prototype.exec = old; return x; });
show("test after restore", () => /a/.test("a"));
show("search", () => "abcabc".search(/c/));
show("search none", () => "abc".search(/z/));
show("search string", () => "a.b".search("."));
show("search number", () => "a5".search(5));
show("search undefined", () => "abc".search());
show("search null", () => "a null".search(null));
show("search g", () => "xxa".search(/a/g));
show("search ignores lastIndex", () => { var r = /a/g; r.lastIndex = 3; return ["aaaa".search(r), r.lastIndex]; });
show("search sticky", () => ["ab".search(/b/y), "ba".search(/b/y)]);
show("search this coerce", () => String.prototype.search.call(123, /3/));
show("search this null", () => String.prototype.search.call(null, /3/));
show("search unicode", () => "\u{1F600}x".search(/x/u));
show("search with i", () => "ABC".search(/b/i));
show("search m", () => "a\nb".search(/^b/m));
show("search empty", () => "abc".search(/(?:)/));
show("search object pattern", () => "a[object Object]".search({}));
show("search invalid pattern", () => "abc".search("("));
show("match invalid pattern", () => "abc".match("["));
