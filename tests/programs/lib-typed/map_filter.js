// map / filter create results through the species constructor
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int8Array([1, -2, 3, 100]);
show("map", () => t.map(x => x * 2).join());
show("map type", () => t.map(x => x).constructor.name);
show("map args", () => { const seen = []; t.map((v, i, a) => { seen.push(i + ":" + v + ":" + (a === t)); }); return seen.join(); });
show("map thisArg", () => t.map(function () { return this.k; }, { k: 5 }).join());
show("map to float", () => new Float32Array([1]).map(x => x / 3).join());
show("filter", () => t.filter(x => x > 0).join());
show("filter none", () => t.filter(() => false).length);
show("filter type", () => t.filter(Boolean).constructor.name);
show("not callable", () => t.map());
show("filter not callable", () => t.filter({}));
show("species map", () => { class F extends Int8Array { static get [Symbol.species]() { return Float64Array; } } return new F([1, 2]).map(x => x + 0.5).join(); });
show("species filter", () => { class F extends Int8Array { static get [Symbol.species]() { return Uint16Array; } } return new F([-1, 2]).filter(x => true).join(); });
show("bigint map", () => new BigInt64Array([1n, 2n]).map(x => x * 10n).join());
show("bigint map number", () => new BigInt64Array([1n]).map(x => 1));
