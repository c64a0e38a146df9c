// find / findIndex / findLast / findLastIndex
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Float64Array([1, 2.5, -3, 2.5, NaN]);
show("find", () => t.find(x => x > 2));
show("findIndex", () => t.findIndex(x => x > 2));
show("findLast", () => t.findLast(x => x > 2));
show("findLastIndex", () => t.findLastIndex(x => x > 2));
show("none", () => [t.find(x => x > 100), t.findIndex(x => x > 100), t.findLast(x => x > 100), t.findLastIndex(x => x > 100)]);
show("NaN", () => [t.findIndex(Number.isNaN), t.find(x => x !== x)]);
show("visits all", () => { let n = 0; t.find(() => { n++; return false; }); return n; });
show("order last", () => { const seen = []; t.findLast((v, i) => { seen.push(i); return false; }); return seen.join(); });
show("thisArg", () => t.find(function (v) { return v === this.want; }, { want: -3 }));
show("not callable", () => t.find("x"));
show("empty", () => [new Int8Array(0).find(() => true), new Int8Array(0).findLastIndex(() => true)]);
