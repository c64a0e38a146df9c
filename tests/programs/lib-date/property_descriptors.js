const show = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); console.log(String(k), typeof d.value, d.writable, d.enumerable, d.configurable, d.value && d.value.length, d.value && d.value.name); };
for (const k of Reflect.ownKeys(Date).sort((a, b) => String(a) < String(b) ? -1 : 1)) show(Date, k);
for (const k of Reflect.ownKeys(Date.prototype).filter(k => typeof k === "string").sort()) show(Date.prototype, k);
show(Date.prototype, Symbol.toPrimitive);
console.log(Object.getOwnPropertySymbols(Date.prototype).length, Date.prototype.hasOwnProperty(Symbol.toStringTag));
console.log(Object.keys(Date), Object.keys(Date.prototype), Object.keys(new Date(0)));
