// reduce / reduceRight
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const t = new Int16Array([1, 2, 3, 4]);
show("sum", () => t.reduce((a, b) => a + b));
show("init", () => t.reduce((a, b) => a + b, 10));
show("right", () => t.reduceRight((a, b) => a + "," + b));
show("right init", () => t.reduceRight((a, b) => a + b, ""));
show("args", () => { const log = []; t.reduce((a, v, i, arr) => { log.push(i + (arr === t ? "" : "?")); return a; }); return log.join(); });
show("empty no init", () => new Uint8Array(0).reduce((a, b) => a));
show("empty right no init", () => new Uint8Array(0).reduceRight((a, b) => a));
show("empty init", () => new Uint8Array(0).reduce((a, b) => a, "x"));
show("single", () => new Uint8Array([7]).reduce(() => { throw 1; }));
show("not callable", () => t.reduce(1));
show("bigint", () => new BigInt64Array([1n, 2n, 3n]).reduce((a, b) => a * b));
show("lengths", () => [Int8Array.prototype.reduce.length, Int8Array.prototype.reduceRight.length]);
