// Own keys of typed arrays: indices first, then named properties, then symbols
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Float32Array([1.5, 2.5]);
t.b = 1; t.a = 2; t[Symbol("s")] = 3;
show("keys", () => Object.keys(t).join());
show("names", () => Object.getOwnPropertyNames(t).join());
show("ownKeys", () => Reflect.ownKeys(t).map(String).join());
show("entries", () => JSON.stringify(Object.entries(t)));
show("values", () => Object.values(t).join());
show("for-in", () => { const out = []; for (const k in t) out.push(k); return out.join(); });
show("JSON", () => JSON.stringify(t));
show("JSON nested", () => JSON.stringify({ a: new Uint8Array([1, 2]), b: [new Int8Array(0)] }));
show("assign", () => JSON.stringify(Object.assign({}, new Uint8Array([7, 8]))));
show("spread object", () => JSON.stringify({ ...new Int16Array([-1]) }));
show("JSON bigint", () => JSON.stringify(new BigInt64Array(1)));
show("array from keys", () => Array.from(Object.keys(new Uint8Array(3))).join("|"));
