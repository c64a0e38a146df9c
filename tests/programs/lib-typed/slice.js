// %TypedArray%.prototype.slice: copies into a new buffer, species, negative indices
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
const a = new Int16Array([1, -2, 3, -4, 5]);
for (const args of [[], [1], [1, 3], [-2], [-2, -1], [3, 1], [0, 100], [-100], ["1", "2.9"], [NaN, NaN], [undefined, 2]]) show(JSON.stringify(args), () => a.slice(...args).join());
show("new buffer", () => { const s = a.slice(0, 2); s[0] = 9; return [a[0], s.buffer !== a.buffer]; });
show("class", () => a.slice(1).constructor.name);
show("species", () => { class My extends Int16Array { static get [Symbol.species]() { return Float64Array; } } return My.from([1.5, 2]).slice().constructor.name; });
show("species mismatch", () => { const t = new Uint8Array(2); t.constructor = { [Symbol.species]: BigInt64Array }; return t.slice(); });
show("species too small", () => { const t = new Uint8Array(4); t.constructor = { [Symbol.species]: function () { return new Uint8Array(1); } }; return t.slice(); });
show("species other type", () => { const t = new Int8Array([-1, 2]); t.constructor = { [Symbol.species]: Uint8Array }; return t.slice().join(); });
