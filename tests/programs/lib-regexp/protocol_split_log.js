// Symbol.split: species constructor, flags read, the splitter's lastIndex writes
var log = [];
class Logged extends RegExp {
  static get [Symbol.species]() { log.push("species"); return Splitter; }
}
class Splitter extends RegExp {
  constructor(p, f) { log.push("new Splitter(" + p + "," + f + ")"); super(p, f); }
  exec(s) { log.push("exec li=" + this.lastIndex); return super.exec(s); }
}
var r = new Logged("-", "g");
log = [];
console.log(JSON.stringify("a-b-c".split(r)));
console.log(log.join("\n"));
log = [];
console.log(JSON.stringify("a-b-c".split(r, 2)));
console.log(log.join(" | "));
log = [];
console.log(JSON.stringify("".split(r)));
console.log(log.join(" | "));
log = [];
var u = new Logged("(?:)", "u");
console.log(JSON.stringify("a\u{1F600}".split(u).length));
console.log(log.join(" | "));
// flags read through the getter
var fl = /,/;
Object.defineProperty(fl, "flags", { get() { log.push("flags"); return "iy"; } });
log = [];
console.log(JSON.stringify("a,b".split(fl)), log.join());
// custom constructor without species
var cc = /,/;
cc.constructor = undefined;
console.log(JSON.stringify("x,y".split(cc)));
var bad = /,/;
bad.constructor = 5;
try { "x,y".split(bad); } catch (e) { console.log(e.name); }
var sp = /,/;
sp.constructor = { [Symbol.species]: null };
console.log(JSON.stringify("x,y".split(sp)));
// lastIndex past the end from a custom exec is clamped
class Far extends RegExp { exec(s) { var m = super.exec(s); if (m) this.lastIndex = 100; return m; } }
Far[Symbol.species] = Far;
console.log(JSON.stringify("a,b,c".split(new Far(","))));
