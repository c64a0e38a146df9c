// the d flag: indices arrays, indices.groups, undefined captures, unicode offsets
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
var m = /a(?<Z>z)?(b)/d.exec("xxab");
show("indices", () => JSON.stringify(m.indices));
show("indices groups", () => JSON.stringify(m.indices.groups));
show("groups proto", () => Object.getPrototypeOf(m.indices.groups));
show("keys", () => Object.keys(m).join());
show("indices keys", () => Object.keys(m.indices).join());
show("hasIndices", () => [/a/d.hasIndices, /a/.hasIndices]);
show("flags", () => /a/dgimsy.flags);
show("no groups", () => /a(b)/d.exec("ab").indices.groups);
show("not d", () => /a/.exec("a").indices);
show("global d", () => { var r = /\d/dg, out = [], x; while ((x = r.exec("a1b2"))) out.push(JSON.stringify(x.indices[0])); return out.join(); });
show("unicode offsets", () => JSON.stringify(/(?<e>\u{1F600})x/du.exec("a\u{1F600}x").indices));
show("empty match", () => JSON.stringify(/(?:)/d.exec("abc").indices));
show("lookbehind capture", () => JSON.stringify(/(?<=(a))b/d.exec("ab").indices));
show("lookahead capture", () => JSON.stringify(/a(?=(b))/d.exec("ab").indices));
show("matchAll d", () => [..."aXbX".matchAll(/X/gd)].map(x => x.indices[0].join("-")).join());
show("match d non-g", () => JSON.stringify("zzq".match(/q/d).indices));
show("replace d", () => "ab".replace(/(b)/d, (...a) => a.length));
show("indices are arrays", () => Array.isArray(m.indices) && Array.isArray(m.indices[0]));
show("dup named d", () => JSON.stringify(/(?<a>x)|(?<b>y)/d.exec("y").indices.groups));
