"""A JSON-like tree builder: the build / json.dumps / json.loads / walk work of json_tree.js."""

import json
import sys

DEFAULT = 7


def build(depth, id):
    node = {"id": id, "name": "node" + str(id), "tags": [], "children": []}
    for t in range(id % 4):
        node["tags"].append("t" + str((id + t) % 10))
    if depth > 0:
        fanout = 2 + id % 3
        for c in range(fanout):
            node["children"].append(build(depth - 1, id * 3 + c + 1))
    else:
        node["leaf"] = True
    return node


def walk(node, stats):
    stats["nodes"] += 1
    stats["id_sum"] = (stats["id_sum"] + node["id"]) % 1000000007
    stats["tags"] += len(node["tags"])
    if node.get("leaf") is True:
        stats["leaves"] += 1
    for child in node["children"]:
        walk(child, stats)
    return stats


def main(n):
    total = {"nodes": 0, "id_sum": 0, "tags": 0, "leaves": 0, "chars": 0}
    for rnd in range(3):
        tree = build(n, rnd)
        text = json.dumps(tree, separators=(",", ":"))
        total["chars"] += len(text)
        walk(json.loads(text), total)
    return "json_tree {} {nodes} {id_sum} {tags} {leaves} {chars}".format(n, **total)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
