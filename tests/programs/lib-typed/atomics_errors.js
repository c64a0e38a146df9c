// Atomics argument validation
function show(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, "threw", e.name + ": " + e.message); } }
show("float array", () => Atomics.add(new Float64Array(1), 0, 1));
show("clamped", () => Atomics.load(new Uint8ClampedArray(1), 0));
show("not typed", () => Atomics.load([1], 0));
show("index too big", () => Atomics.load(new Int32Array(2), 2));
show("negative index", () => Atomics.store(new Int32Array(2), -1, 0));
show("index coercion", () => { const t = new Int32Array(2); Atomics.store(t, "1", 4); return [Atomics.load(t, 1.9), Atomics.load(t, "1")]; });
show("wait non-shared", () => Atomics.wait(new Int32Array(4), 0, 0, 0));
show("wait wrong type", () => Atomics.wait(new Int16Array(new SharedArrayBuffer(4)), 0, 0, 0));
show("notify wrong type", () => Atomics.notify(new Uint32Array(4), 0, 0));
show("bigint into int32", () => Atomics.store(new Int32Array(1), 0, 1n));
show("number into bigint", () => Atomics.store(new BigInt64Array(1), 0, 1));
show("not a constructor", () => new Atomics.add());
