// the property operations array methods perform, observed through a Proxy
function traced(target) {
  const log = [];
  const p = new Proxy(target, {
    get(t, k, r) { log.push("get:" + String(k)); return Reflect.get(t, k, r); },
    has(t, k) { log.push("has:" + String(k)); return Reflect.has(t, k); },
    set(t, k, v, r) { log.push("set:" + String(k)); return Reflect.set(t, k, v, r); },
    deleteProperty(t, k) { log.push("delete:" + String(k)); return Reflect.deleteProperty(t, k); },
    defineProperty(t, k, d) { log.push("define:" + String(k)); return Reflect.defineProperty(t, k, d); },
  });
  return [p, log];
}
for (const [name, args] of [["reverse", []], ["shift", []], ["unshift", ["z"]], ["pop", []], ["push", ["q"]],
  ["fill", [0, 1, 2]], ["copyWithin", [0, 1, 2]], ["includes", ["b"]], ["indexOf", ["b"]], ["join", []],
  ["splice", [1, 1]], ["sort", []], ["lastIndexOf", ["a"]]]) {
  const [p, log] = traced(["a", "b", , "d"]);
  Array.prototype[name].apply(p, args);
  console.log(name, log.join(" "));
}
