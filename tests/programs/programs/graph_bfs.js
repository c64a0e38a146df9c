const edges = [["a", "b"], ["a", "c"], ["b", "d"], ["c", "d"], ["d", "e"], ["f", "g"]];
const graph = new Map();
for (const [u, v] of edges) {
  if (!graph.has(u)) graph.set(u, []);
  if (!graph.has(v)) graph.set(v, []);
  graph.get(u).push(v);
  graph.get(v).push(u);
}
function bfs(start) {
  const dist = { [start]: 0 };
  const queue = [start];
  while (queue.length) {
    const u = queue.shift();
    for (const v of graph.get(u)) {
      if (!(v in dist)) { dist[v] = dist[u] + 1; queue.push(v); }
    }
  }
  return dist;
}
console.log(bfs("a"));
function components() {
  const seen = new Set(), comps = [];
  for (const node of graph.keys()) {
    if (seen.has(node)) continue;
    const comp = [], stack = [node];
    seen.add(node);
    while (stack.length) {
      const u = stack.pop();
      comp.push(u);
      for (const v of graph.get(u)) if (!seen.has(v)) { seen.add(v); stack.push(v); }
    }
    comps.push(comp.sort());
  }
  return comps;
}
console.log(components());
console.log(graph);
