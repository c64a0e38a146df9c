// property attributes, lengths and names of Array and Array.prototype methods
const names = Object.getOwnPropertyNames(Array.prototype).filter(n => typeof Array.prototype[n] === "function" && n !== "constructor").sort();
console.log(names.map(n => n + "/" + Array.prototype[n].length).join(" "));
console.log(Object.getOwnPropertyNames(Array).filter(n => n !== "fromAsync").sort().join(), Array.from.name, Array.of.length);
const d = Object.getOwnPropertyDescriptor(Array.prototype, "map");
console.log(d.writable, d.enumerable, d.configurable);
const p = Object.getOwnPropertyDescriptor(Array, "prototype");
console.log(p.writable, p.enumerable, p.configurable);
console.log(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.iterator).value === Array.prototype.values);
for (const n of ["map", "from", "isArray"]) {
  try { new (Array.prototype[n] || Array[n])(); } catch (e) { console.log(n, e.constructor.name); }
}
console.log(typeof Array.prototype.group, typeof Array.prototype.groupBy, Array.prototype.concat.name);
