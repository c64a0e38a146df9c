// Integer-indexed exotic keys: canonical numeric strings never reach the prototype chain
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Uint8Array([10, 20, 30]);
Object.prototype["-0"] = "proto"; Object.prototype["1.5"] = "proto"; Object.prototype["3"] = "proto"; Object.prototype["foo"] = "proto"; Object.prototype["01"] = "proto";
for (const k of ["0", "2", "3", "-0", "1.5", "-1", "Infinity", "NaN", "1e3", "01", "foo", "+1", "0.0", " 1"]) console.log(JSON.stringify(k), t[k], k in t, t.hasOwnProperty(k), Reflect.has(t, k));
show("set -0", () => { t["-0"] = 5; return [t[0], Object.keys(t).join()]; });
show("set 1.5", () => { t["1.5"] = 5; return Object.getOwnPropertyNames(t).join(); });
show("set 01", () => { t["01"] = 7; return [t["01"], Object.getOwnPropertyNames(t).join()]; });
show("delete valid", () => delete t[0]);
show("delete invalid", () => [delete t[5], delete t["-0"], delete t["1.5"]]);
show("number keys", () => [t[1.0], t[-0], t[0.5], t[NaN]]);
show("Reflect.set", () => [Reflect.set(t, 0, 99), Reflect.set(t, 10, 1), Reflect.set(t, "-0", 1), t[0]]);
show("getOwnPropertyDescriptor", () => JSON.stringify(Object.getOwnPropertyDescriptor(t, 1)));
show("missing descriptor", () => Object.getOwnPropertyDescriptor(t, 7));
delete Object.prototype["-0"]; delete Object.prototype["1.5"]; delete Object.prototype["3"]; delete Object.prototype.foo; delete Object.prototype["01"];
