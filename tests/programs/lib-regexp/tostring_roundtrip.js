// String(regexp) can be evaluated back into an equivalent regexp
var patterns = [/a/, /a\/b/, new RegExp("a/b"), new RegExp("\n"), new RegExp(""), /[/]/, /\//g, /(?<n>x)\k<n>/u,
  /\u{1F600}/u, /[\]\\]/, /^\s*$/m, new RegExp("\\\n"), new RegExp("[\n]"), /a{1,2}?/y, new RegExp("\u2028"), /x/dgimsy];
for (var p of patterns) {
  var s = String(p);
  var back = eval(s);
  console.log(JSON.stringify(s), back.source === p.source, back.flags === p.flags, String(back) === s);
}
console.log(JSON.stringify(patterns.map(p => p.source)));
console.log(JSON.stringify(patterns.map(p => p.flags)));
