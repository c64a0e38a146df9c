// TypedArray(arrayLike): length via ToLength, elements via Get
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("basic", () => new Uint8Array({ length: 3, 0: 1, 2: 3 }).join());
show("length string", () => new Uint8Array({ length: "2", 0: 9, 1: 8 }).join());
show("negative length", () => new Uint8Array({ length: -5 }).length);
show("fractional length", () => new Uint8Array({ length: 2.9 }).length);
show("getters", () => { const log = []; const o = { get length() { log.push("len"); return 2; }, get 0() { log.push("0"); return 1; }, get 1() { log.push("1"); return 2; } }; new Int8Array(o); return log.join(); });
show("arguments", () => (function () { return new Int16Array(arguments).join(); })(1, 2, 3));
show("function object", () => new Uint8Array(function (a, b) {}).length);
show("length too big", () => new Uint8Array({ length: 2 ** 53 }));
show("throwing element", () => new Uint8Array({ length: 1, get 0() { throw new Error("el"); } }));
