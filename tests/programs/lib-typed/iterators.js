// keys / values / entries / @@iterator on typed arrays
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int8Array([5, -6, 7]);
show("spread", () => [...t].join());
show("keys", () => [...t.keys()].join());
show("entries", () => JSON.stringify([...t.entries()]));
show("for-of", () => { const out = []; for (const v of t) out.push(v); return out.join(); });
show("Array.from", () => Array.from(t, x => x * 2).join());
show("destructure", () => { const [a, , c] = t; return [a, c]; });
show("iterator tag", () => Object.prototype.toString.call(t.values()));
show("same proto as array iterator", () => Object.getPrototypeOf(t.values()) === Object.getPrototypeOf([].values()));
show("live", () => { const a = new Uint8Array(2); const it = a.values(); a[1] = 9; it.next(); return it.next().value; });
show("done stays done", () => { const it = new Uint8Array(1).keys(); it.next(); return [it.next().done, it.next().done]; });
show("Array.prototype.values on TA", () => [...Array.prototype.values.call(new Uint16Array([1, 2]))].join());
show("Map from entries", () => new Map(new Uint8Array([3, 4]).entries()).get(1));
show("bigint", () => [...new BigInt64Array([1n, 2n])].join());
