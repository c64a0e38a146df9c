// WeakRef / FinalizationRegistry: checks that need no collector
const target = { name: "t" };
const ref = new WeakRef(target);
console.log(ref.deref() === target, ref.deref().name, Object.prototype.toString.call(ref), WeakRef.length);
for (const bad of [1, "s", null, undefined, Symbol.for("x")]) {
  try { new WeakRef(bad); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(new WeakRef(Symbol("ok")).deref().toString());
try { WeakRef(target); } catch (e) { console.log(e.constructor.name, e.message); }
try { WeakRef.prototype.deref.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
const fr = new FinalizationRegistry(held => console.log("cleanup", held));
console.log(fr.register(target, "held"), fr.register({}, 1, target), fr.unregister(target), fr.unregister(target));
console.log(fr.unregister({}), fr.register(target, undefined, undefined));
try { fr.register(target, target); } catch (e) { console.log(e.constructor.name, e.message); }
try { fr.register(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { fr.register(target, 1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { fr.unregister(1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new FinalizationRegistry(); } catch (e) { console.log(e.constructor.name, e.message); }
try { FinalizationRegistry(() => {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { FinalizationRegistry.prototype.register.call({}, {}); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(fr), FinalizationRegistry.length, FinalizationRegistry.prototype.register.length);
console.log(Object.getOwnPropertyNames(FinalizationRegistry.prototype).sort().join(), Object.getOwnPropertyNames(WeakRef.prototype).join());
console.log(typeof fr, fr instanceof FinalizationRegistry, ref instanceof WeakRef);
