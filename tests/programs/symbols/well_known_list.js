const names = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"];
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(Symbol, n);
  console.log(n, typeof d.value, d.writable, d.enumerable, d.configurable, d.value.description);
}
