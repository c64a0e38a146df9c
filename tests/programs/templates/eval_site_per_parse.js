// Each eval parses its text anew, so its template literals are new sites; a loop inside
// one eval'd function keeps reusing the same site.
var objs = [];
function tag(t) { objs.push(t); }
for (var a = 0; a < 2; a++) eval("(function () { for (var b = 0; b < 2; b++) tag`${a}${b}`; })()");
console.log(objs.length, objs[0] === objs[1], objs[1] === objs[2], objs[2] === objs[3]);
var fns = [];
for (var i = 0; i < 2; i++) fns.push(eval("(function () { return (s => s)`x`; })"));
console.log(fns[0]() === fns[0](), fns[0]() === fns[1]());
