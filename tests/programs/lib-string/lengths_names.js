// Property descriptors, lengths and names of String, String.prototype and its methods
const show = (o, k) => {
  const d = Object.getOwnPropertyDescriptor(o, k);
  const v = d.value;
  const kind = typeof v === "function" ? `fn ${v.name}/${v.length}` : JSON.stringify(v);
  return `${String(k)}: ${kind} w${+!!d.writable} e${+!!d.enumerable} c${+!!d.configurable}`;
};
for (const k of Reflect.ownKeys(String.prototype).filter(k => typeof k !== "symbol").sort()) console.log(show(String.prototype, k));
console.log(show(String.prototype, Symbol.iterator));
for (const k of Reflect.ownKeys(String).sort()) console.log("String." + show(String, k));
console.log(Object.prototype.toString.call(String.prototype), String.prototype.valueOf() === "", String.prototype.length);
for (const k of ["raw", "fromCharCode", "fromCodePoint", "trim", "at", "normalize"]) {
  const f = String[k] || String.prototype[k];
  let threw = false;
  try { new f(); } catch (e) { threw = e instanceof TypeError; }
  console.log(k, "not a constructor:", threw, "prototype" in f);
}
