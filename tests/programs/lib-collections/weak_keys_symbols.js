// symbols as weak keys: non-registered allowed, registered rejected, well-known allowed
const local = Symbol("l");
const wm = new WeakMap(), ws = new WeakSet();
wm.set(local, 1); ws.add(local);
console.log(wm.get(local), ws.has(local), wm.has(Symbol("l")), wm.delete(local), wm.has(local));
try { ws.add(Symbol.for("reg")); } catch (e) { console.log(e.constructor.name); }
console.log(ws.has(Symbol.for("reg")), wm.get(Symbol.for("reg")), ws.delete(Symbol.for("reg")));
wm.set(Symbol.iterator, "wk"); console.log(wm.get(Symbol.iterator));
const ref = new WeakRef(Symbol.asyncIterator);
console.log(ref.deref() === Symbol.asyncIterator);
const fr = new FinalizationRegistry(() => {});
const token = Symbol("token");
console.log(fr.register({}, 1, token), fr.unregister(token), fr.unregister(token));
try { fr.unregister(Symbol.for("t")); } catch (e) { console.log(e.constructor.name); }
