// join / toString / toLocaleString / String()
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Float64Array([1.5, -0, NaN, Infinity, 1e21, 1e-7]);
show("join", () => t.join());
show("join sep", () => t.join(" | "));
show("join undefined", () => t.join(undefined));
show("join null", () => new Uint8Array([1, 2]).join(null));
show("join object", () => new Uint8Array([1, 2]).join({ toString() { return "+"; } }));
show("toString", () => t.toString());
show("String", () => String(new Int8Array([-1, 2])));
show("template", () => `${new Uint16Array([3, 4])}`);
show("concat", () => "x" + new Uint8Array([5]));
show("empty", () => [new Uint8Array(0).join(), String(new Float32Array(0))]);
show("bigint", () => new BigInt64Array([1n, -2n]).join());
show("toLocaleString", () => new Uint8Array([1, 2, 3]).toLocaleString());
show("toLocaleString float", () => new Float64Array([1.5, 2]).toLocaleString());
show("toLocaleString calls Number method", () => { const o = Number.prototype.toLocaleString; Number.prototype.toLocaleString = function () { return "n" + this; }; try { return new Int8Array([1, 2]).toLocaleString(); } finally { Number.prototype.toLocaleString = o; } });
show("Array.prototype.join on TA", () => Array.prototype.join.call(new Int8Array([1, 2]), "-"));
