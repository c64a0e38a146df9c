// regexps flowing through other builtins: arrays, JSON, Object methods, Map keys, spread, instanceof
function show(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.name + ": " + e.message); }
}
show("JSON.stringify", () => JSON.stringify({ r: /a/g, l: [/b/] }));
show("Object.keys", () => Object.keys(/a/g).length);
show("entries", () => Object.entries(/a/).length);
show("assign", () => { var o = Object.assign({}, /a/g); return Object.keys(o).length; });
show("spread object", () => Object.keys({ .../a/g }).length);
show("structuredish copy", () => { var r = /a/g; var c = new RegExp(r.source, r.flags); return c !== r && String(c) === String(r); });
show("array filter with test", () => ["apple", "berry", "avocado"].filter(RegExp.prototype.test, /^a/));
show("array map with exec", () => ["a1", "b2"].map(s => /\d/.exec(s)[0]));
show("sort by regex key", () => ["x10", "x9", "x100"].sort((a, b) => /\d+/.exec(a)[0] - /\d+/.exec(b)[0]));
show("Map keys identity", () => { var r = /k/; var m = new Map([[r, 1]]); return [m.get(r), m.get(/k/)]; });
show("Set of sources", () => new Set([/a/, /a/].map(String)).size);
show("equality", () => [/a/ == /a/, String(/a/) === String(/a/)]);
show("Object.prototype.toString", () => Object.prototype.toString.call(/a/));
show("toStringTag override", () => { var r = /a/; r[Symbol.toStringTag] = "Custom"; return Object.prototype.toString.call(r); });
show("instanceof cross", () => Object.create(RegExp.prototype) instanceof RegExp);
show("fake regexp exec", () => { try { return RegExp.prototype.exec.call(Object.create(RegExp.prototype), "a"); } catch (e) { return e.name; } });
show("Object.freeze", () => { var r = Object.freeze(/a/); return [Object.isFrozen(r), r.test("a")]; });
show("freeze g", () => { var r = Object.freeze(/a/g); try { r.test("a"); return "no throw"; } catch (e) { return e.name; } });
show("defineProperty lastIndex", () => { var r = /a/g; Object.defineProperty(r, "lastIndex", { value: 1 }); return r.exec("aa").index; });
show("delete lastIndex", () => delete /a/.lastIndex);
show("getOwnPropertyNames", () => Object.getOwnPropertyNames(/a/).join());
show("proto chain", () => Object.getPrototypeOf(RegExp.prototype) === Object.prototype);
show("call RegExp as fn", () => String(RegExp("x", "g")));
show("Array.from matchAll", () => Array.from("a1b2".matchAll(/\d/g), m => m[0]).join());
show("Promise with regex", () => typeof Promise.resolve(/a/).then);
show("typeof RegExp", () => typeof RegExp);
show("Function.prototype.toString", () => RegExp.prototype.exec.toString().includes("[native code]"));
show("bind exec", () => { var e = /o/.exec.bind(/o/g); return e("foo").index; });
