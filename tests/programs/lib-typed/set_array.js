// %TypedArray%.prototype.set with array and array-like sources
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int16Array(6);
show("basic", () => { t.set([1, 2, 3]); return t.join(); });
show("offset", () => { t.set([7, 8], 4); return t.join(); });
show("offset string", () => { t.set([5], "1"); return t.join(); });
show("overflow", () => t.set([1, 2], 5));
show("negative offset", () => t.set([1], -1));
show("Infinity offset", () => t.set([1], Infinity));
show("array-like", () => { t.set({ length: 2, 0: -1, 1: "9" }, 2); return t.join(); });
show("string source", () => { t.set("12"); return t.join(); });
show("number source", () => { t.set(5); return t.join(); });
show("null source", () => t.set(null));
show("holes", () => { t.set([, 3]); return t.join(); });
show("conversion order", () => { const log = []; t.set([{ valueOf() { log.push("a"); return 1; } }, { valueOf() { log.push("b"); return 2; } }]); return log.join() + " " + t.join(); });
show("returns", () => t.set([]));
show("length", () => t.set.length);
