// freeze/seal/preventExtensions and isFrozen/isSealed/isExtensible on arrays, strings, primitives
const show = (label, o) => console.log(label, Object.isExtensible(o), Object.isSealed(o), Object.isFrozen(o));
for (const p of [1, "str", "", true, null, undefined, Symbol("s"), 10n]) {
  console.log(typeof p, Object.freeze(p) === p, Object.seal(p) === p, Object.preventExtensions(p) === p, Object.isFrozen(p), Object.isSealed(p), Object.isExtensible(p));
}
show("empty obj", {});
show("empty obj pe", Object.preventExtensions({}));
show("obj pe", Object.preventExtensions({ a: 1 }));
show("obj sealed", Object.seal({ a: 1 }));
show("obj frozen", Object.freeze({ a: 1 }));
const acc = Object.preventExtensions(Object.defineProperty({}, "g", { get() {}, configurable: false }));
show("accessor nonconfig", acc);
const arr = Object.freeze([1, 2]);
show("frozen array", arr);
try { "use strict"; arr.push(3); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { arr.length = 0; } catch (e) { console.log("sloppy length no throw?"); }
console.log(arr.length, JSON.stringify(arr));
(function () { "use strict"; try { arr[0] = 9; } catch (e) { console.log(e.constructor.name + ": " + e.message); } })();
(function () { "use strict"; try { arr.length = 0; } catch (e) { console.log(e.constructor.name + ": " + e.message); } })();
const sealed = Object.seal([1, 2, 3]);
sealed[0] = 10;
(function () { "use strict"; try { sealed.pop(); } catch (e) { console.log(e.constructor.name + ": " + e.message); } })();
console.log(JSON.stringify(sealed));
const pe = Object.preventExtensions([1, 2]);
pe.pop(); console.log(JSON.stringify(pe), pe.length);
try { pe.push(5); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// String objects: index properties are non-writable non-configurable
const so = new String("ab");
show("String obj", so);
Object.preventExtensions(so);
show("String obj pe", so);
show("String obj frozen", Object.freeze(new String("ab")));
show("empty String pe", Object.preventExtensions(new String("")));
// typed arrays: freeze with elements throws, empty ok
try { Object.freeze(new Uint8Array(2)); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
show("frozen empty TA", Object.freeze(new Uint8Array(0)));
show("sealed empty TA", Object.seal(new Uint8Array(0)));
// freeze is shallow
const deep = Object.freeze({ inner: { x: 1 } }); deep.inner.x = 2; console.log(deep.inner.x);
// functions
const f = Object.freeze(function named() {}); show("frozen fn", f);
// preventExtensions then setPrototypeOf
const npx = Object.preventExtensions({});
try { Object.setPrototypeOf(npx, null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(Object.setPrototypeOf(npx, Object.prototype) === npx, Reflect.setPrototypeOf(npx, null));
// isFrozen on object with writable data only after seal
const w = Object.seal({ a: 1 }); Object.defineProperty(w, "a", { writable: false }); show("sealed then ro", w);
// Proxy integrity
const plog = [];
const px = new Proxy({ a: 1 }, { preventExtensions(t) { plog.push("pe"); return Reflect.preventExtensions(t); }, defineProperty(t, k, d) { plog.push("def " + k + " " + Object.keys(d).sort().join("/")); return Reflect.defineProperty(t, k, d); }, ownKeys(t) { plog.push("ownKeys"); return Reflect.ownKeys(t); } });
Object.freeze(px); console.log(plog.join(", "));
