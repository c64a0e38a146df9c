// A JSON-like tree builder: build nested objects and arrays, serialise with
// JSON.stringify, parse back with JSON.parse and walk the result.
var N = typeof SIZE === "number" ? SIZE : 7;

function build(depth, id) {
  var node = { id: id, name: "node" + id, tags: [], children: [] };
  for (var t = 0; t < (id % 4); t++) node.tags.push("t" + ((id + t) % 10));
  if (depth > 0) {
    var fanout = 2 + (id % 3);
    for (var c = 0; c < fanout; c++) {
      node.children.push(build(depth - 1, id * 3 + c + 1));
    }
  } else {
    node.leaf = true;
  }
  return node;
}

function walk(node, stats) {
  stats.nodes++;
  stats.idSum = (stats.idSum + node.id) % 1000000007;
  stats.tags += node.tags.length;
  if (node.leaf === true) stats.leaves++;
  for (var i = 0; i < node.children.length; i++) walk(node.children[i], stats);
  return stats;
}

var total = { nodes: 0, idSum: 0, tags: 0, leaves: 0, chars: 0 };
for (var round = 0; round < 3; round++) {
  var tree = build(N, round);
  var text = JSON.stringify(tree);
  total.chars += text.length;
  walk(JSON.parse(text), total);
}
console.log("json_tree " + N + " " + total.nodes + " " + total.idSum + " " + total.tags + " " +
  total.leaves + " " + total.chars);
