// WeakMap as private storage and memo cache (the classic patterns)
const priv = new WeakMap();
class Counter {
  constructor(start) { priv.set(this, { n: start }); }
  inc() { priv.get(this).n++; return this; }
  get value() { return priv.get(this).n; }
}
const c = new Counter(5).inc().inc();
console.log(c.value, Object.keys(c).length, priv.has(c), JSON.stringify(c));
const cache = new WeakMap();
let computed = 0;
function area(shape) {
  if (!cache.has(shape)) { computed++; cache.set(shape, shape.w * shape.h); }
  return cache.get(shape);
}
const r = { w: 3, h: 4 };
console.log(area(r), area(r), area({ w: 1, h: 1 }), computed);
const seen = new WeakSet();
function visit(node, out) {
  if (seen.has(node)) { out.push("cycle"); return out; }
  seen.add(node); out.push(node.id);
  for (const ch of node.children) visit(ch, out);
  return out;
}
const root = { id: "r", children: [] }; const kid = { id: "k", children: [root] }; root.children.push(kid);
console.log(visit(root, []).join());
