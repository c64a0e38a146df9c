// JSON with proxies (trap order, revoked) and reviver mutating holders during the walk
const t = (l, f) => { try { console.log(l, f()); } catch (e) { console.log(l, e.constructor.name + ": " + e.message); } };
t("revoked replacer", () => { const r = Proxy.revocable([], {}); r.revoke(); return JSON.stringify({}, r.proxy); });
t("revoked value", () => { const r = Proxy.revocable({}, {}); r.revoke(); return JSON.stringify(r.proxy); });
t("revoked nested", () => { const r = Proxy.revocable([], {}); r.revoke(); return JSON.stringify({ a: r.proxy }); });
t("proxy array replacer", () => JSON.stringify({ a: 1, b: 2 }, new Proxy(["b"], {})));
t("proxy ownKeys order", () => JSON.stringify(new Proxy({ a: 1, b: 2 }, {
  ownKeys() { return ["b", "a", "c"]; },
  getOwnPropertyDescriptor(t, k) { return k in t ? { value: t[k], enumerable: true, configurable: true } : undefined; },
})));
t("object get order", () => { const l = []; JSON.stringify(new Proxy({ a: 1, b: { c: 2 } }, { get(t, k, r) { l.push(String(k)); return Reflect.get(t, k, r); } })); return l.join(); });
t("array get order", () => { const l = []; JSON.stringify(new Proxy([1, [2]], { get(t, k, r) { l.push(String(k)); return Reflect.get(t, k, r); } })); return l.join(); });
t("trap log", () => {
  const l = [];
  const h = {};
  for (const trap of ["get", "ownKeys", "getOwnPropertyDescriptor", "has"]) h[trap] = (...a) => { l.push(trap + (a[1] !== undefined && typeof a[1] !== "object" ? ":" + String(a[1]) : "")); return Reflect[trap](...a); };
  JSON.stringify(new Proxy({ x: 1, y: 2 }, h));
  return l.join(" ");
});
t("reviver array grows", () => JSON.stringify(JSON.parse("[1,2]", function (k, v) { if (k === "0") this.push(99); return v; })));
t("reviver array shrinks", () => JSON.stringify(JSON.parse("[1,2,3]", function (k, v) { if (k === "0") this.length = 1; return v; })));
t("reviver frozen holder", () => JSON.stringify(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === "a") Object.freeze(this); return k === "b" ? "new" : v; })));
t("reviver nonconfigurable delete", () => JSON.stringify(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === "a") Object.defineProperty(this, "b", { configurable: false }); return k === "b" ? undefined : v; })));
t("reviver returns proxy", () => JSON.stringify(JSON.parse('{"a":[1]}', function (k, v) { return k === "a" ? new Proxy(v, {}) : v; })));
t("reviver replaces nested with array", () => JSON.stringify(JSON.parse('{"a":{"b":1},"c":2}', function (k, v) { if (k === "b") this.extra = "added"; return v; })));
t("reviver root descriptor", () => { let r; JSON.parse("[]", function (k, v) { if (k === "") r = Object.getOwnPropertyDescriptor(this, ""); return v; }); return JSON.stringify(r); });
t("stringify proxy of function", () => JSON.stringify({ f: new Proxy(function () {}, {}) }));
t("stringify holes via proxy", () => JSON.stringify(new Proxy([1, , 3], {})));
t("toJSON through proxy", () => JSON.stringify(new Proxy({}, { get(t, k) { return k === "toJSON" ? () => "proxied toJSON" : undefined; } })));
