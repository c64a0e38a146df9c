// indexOf / lastIndexOf / includes use strict equality / SameValueZero, no type coercion
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const f = new Float64Array([1, NaN, -0, 3, 1]);
show("indexOf 1", () => [f.indexOf(1), f.lastIndexOf(1), f.includes(1)]);
show("NaN", () => [f.indexOf(NaN), f.lastIndexOf(NaN), f.includes(NaN)]);
show("zero", () => [f.indexOf(0), f.indexOf(-0), f.includes(0), f.lastIndexOf(0)]);
show("string", () => [f.indexOf("1"), f.includes("3")]);
show("fromIndex", () => [f.indexOf(1, 1), f.indexOf(1, -1), f.lastIndexOf(1, -2), f.lastIndexOf(1, 3), f.includes(1, 5), f.includes(1, -1)]);
show("fromIndex big", () => [f.indexOf(1, 100), f.lastIndexOf(1, -100), f.includes(3, -100)]);
show("int array", () => { const t = new Int8Array([1, 2, -1]); return [t.indexOf(2), t.indexOf(2.5), t.includes(-1), t.indexOf(255)]; });
show("bigint", () => { const t = new BigInt64Array([1n, 2n]); return [t.indexOf(2n), t.indexOf(2), t.includes(1n), t.includes(true)]; });
show("undefined", () => [f.includes(undefined), f.indexOf(undefined)]);
show("empty", () => [new Uint8Array(0).includes(0), new Uint8Array(0).indexOf(0), new Uint8Array(0).lastIndexOf(0)]);
show("lastIndexOf no fromIndex vs undefined", () => [new Uint8Array([5, 5]).lastIndexOf(5), new Uint8Array([5, 5]).lastIndexOf(5, undefined)]);
