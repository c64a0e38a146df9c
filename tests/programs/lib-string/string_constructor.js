// String() and new String(): symbols, wrappers, subclassing and prototypes
console.log(String(), String(undefined), String(null), String(-0), String(1n), String([1, [2, 3]]), String({}), String(Symbol("d")), String(Symbol()), String(Symbol.iterator));
try { new String(Symbol("x")); } catch (e) { console.log(e.name, e.message); }
try { "" + Symbol(); } catch (e) { console.log(e.name, e.message); }
const w = new String("héllo");
console.log(typeof w, w.length, w[1], w instanceof String, Object.keys(w), JSON.stringify(w), w == "héllo", w === "héllo");
console.log(Object.getOwnPropertyDescriptor(w, "length"), Object.getOwnPropertyDescriptor(w, "0"));
class Up extends String { shout() { return this.toUpperCase() + "!"; } }
const u = new Up("hey");
console.log(u.shout(), u.length, u instanceof Up, u instanceof String, Object.prototype.toString.call(u), String(u));
function F() {}
F.prototype = null;
const r = Reflect.construct(String, ["z"], F);
console.log(Object.getPrototypeOf(r) === String.prototype, r.length);
const nt = function () {}.bind();
Object.defineProperty(nt, "prototype", { value: Array.prototype });
console.log(Reflect.construct(String, ["q"], nt) instanceof Array);
console.log(new String().length, new String(undefined).valueOf() === "undefined", new String(12).toString(), String.length, String.name);
const empty = new String("");
console.log(Boolean(empty), !!"", empty.toString() === "");
