const withDefault = (target, dflt) => new Proxy(target, {
  get: (t, k, r) => (k in t ? Reflect.get(t, k, r) : dflt),
});
const counts = withDefault({}, 0);
for (const w of 'the cat and the hat and the bat'.split(' ')) counts[w] = counts[w] + 1;
console.log(JSON.stringify(counts), counts.missing);
const nested = withDefault({ a: 1 }, 'n/a');
console.log(nested.a, nested.b, nested[Symbol.iterator], 'b' in nested);
// negative array indexing and method pass-through
const arr = new Proxy([10, 20, 30], {
  get(t, k, r) {
    if (typeof k !== 'string' || k === '' || isNaN(Number(k))) return Reflect.get(t, k, r);
    const i = Number(k);
    return i < 0 ? t[t.length + i] : t[i];
  }
});
console.log(arr[-1], arr[0], arr.length, arr.map(x => x / 10));
