function bubble(arr) {
  const a = arr.slice();
  for (let i = 0; i < a.length; i++)
    for (let j = 0; j < a.length - i - 1; j++)
      if (a[j] > a[j + 1]) { const t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; }
  return a;
}
function quick(a) {
  if (a.length <= 1) return a;
  const [p, ...rest] = a;
  return [...quick(rest.filter(x => x < p)), p, ...quick(rest.filter(x => x >= p))];
}
function merge(a) {
  if (a.length < 2) return a;
  const m = a.length >> 1, l = merge(a.slice(0, m)), r = merge(a.slice(m)), out = [];
  let i = 0, j = 0;
  while (i < l.length && j < r.length) out.push(l[i] <= r[j] ? l[i++] : r[j++]);
  return out.concat(l.slice(i), r.slice(j));
}
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 1000;
const data = [];
for (let i = 0; i < 40; i++) data.push(rnd());
console.log(bubble(data));
console.log(quick(data).join(",") === bubble(data).join(","), merge(data).join(",") === bubble(data).join(","));
