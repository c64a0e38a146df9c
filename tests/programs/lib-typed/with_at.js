// at() and with()
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int16Array([10, 20, 30]);
for (const i of [0, 2, 3, -1, -3, -4, 1.7, "1", NaN, Infinity, -Infinity]) show("at " + String(i), () => t.at(i));
for (const i of [0, 2, -1, -3]) show("with " + i, () => t.with(i, 99).join());
show("with out of range", () => t.with(3, 1));
show("with -4", () => t.with(-4, 1));
show("with Infinity", () => t.with(Infinity, 1));
show("with converts", () => t.with(0, "70000").join());
show("with bigint", () => new BigInt64Array(2).with(1, 3n).join());
show("with bigint wrong", () => new BigInt64Array(2).with(1, 3));
show("with keeps type", () => [t.with(0, 1).constructor.name, t.join()]);
show("with species ignored", () => { class My extends Int8Array {} return new My(1).with(0, 1).constructor.name; });
