// TypedArray(length): ToIndex coercion of the length argument
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
for (const v of [0, 1, 3.9, "2", "", null, false, true, NaN, -0, -0.5, [], [4], "0x3"]) show("Uint8Array(" + JSON.stringify(v) + ")", () => { const t = new Uint8Array(v); return [t.length, t.byteLength]; });
show("-1", () => new Uint8Array(-1));
show("-1.5", () => new Float64Array(-1.5));
show("2**53", () => new Uint8Array(2 ** 53));
show("Infinity", () => new Int8Array(Infinity));
show("symbol", () => new Int8Array(Symbol()));
show("no new", () => Uint8Array(2));
show("no args", () => new Float32Array().length);
show("undefined", () => new Float32Array(undefined).length);
show("valueOf", () => new Int16Array({ valueOf() { return 3; } }).length);
show("object arg is array-like", () => new Int16Array({ length: 2, 0: 7, 1: "8" }).join());
