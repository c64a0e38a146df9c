// The Math object: constants, descriptors, toStringTag, not callable / constructible
for (const k of ["E", "LN10", "LN2", "LOG10E", "LOG2E", "PI", "SQRT1_2", "SQRT2"]) {
  const d = Object.getOwnPropertyDescriptor(Math, k);
  console.log(k, d.value, d.writable, d.enumerable, d.configurable);
}
const fns = Object.getOwnPropertyNames(Math).filter(k => typeof Math[k] === "function" && k !== "sumPrecise" && k !== "f16round").sort();
for (const k of fns) {
  const d = Object.getOwnPropertyDescriptor(Math, k);
  let ctor = true;
  try { new Math[k](); } catch (e) { ctor = false; }
  console.log(k, Math[k].length, Math[k].name, d.writable, d.enumerable, d.configurable, ctor, "prototype" in Math[k]);
}
console.log(Object.prototype.toString.call(Math), String(Math), Math[Symbol.toStringTag], JSON.stringify(Object.getOwnPropertyDescriptor(Math, Symbol.toStringTag)));
console.log(typeof Math, Object.getPrototypeOf(Math) === Object.prototype, Object.isExtensible(Math));
try { Math(); } catch (e) { console.log(e.name, e.message); }
try { new Math(); } catch (e) { console.log(e.name, e.message); }
const r = Math.random(); console.log(r >= 0 && r < 1, typeof r, Math.random.length);
