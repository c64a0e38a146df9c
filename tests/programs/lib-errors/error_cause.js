// Error cause option: HasProperty semantics (inherited, undefined, getters), not on prototype
const show = (e) => console.log(e.constructor.name, JSON.stringify(e.message), "cause" in e, Object.prototype.hasOwnProperty.call(e, "cause"), String(e.cause));
show(new Error("m", { cause: "c" }));
show(new Error("m", { cause: undefined }));
show(new Error("m", {}));
show(new Error("m", { cause: 0 }));
show(new Error("m", null));
show(new Error("m", "string options"));
show(new Error("m", 42));
// inherited cause counts (HasProperty)
show(new Error("m", Object.create({ cause: "inherited" })));
// getter called exactly once
let calls = 0;
const opts = { get cause() { calls++; return "got"; } };
show(new TypeError("t", opts));
console.log("getter calls", calls);
// proxy has/get traps order
const traps = [];
const px = new Proxy({ cause: "px" }, {
  has(t, k) { traps.push("has:" + String(k)); return k in t; },
  get(t, k) { traps.push("get:" + String(k)); return t[k]; },
});
new RangeError("r", px);
console.log(traps.join(","));
const px2 = new Proxy({}, { has(t, k) { traps.push("has2:" + String(k)); return false; }, get() { traps.push("get2"); } });
new Error("x", px2);
console.log(traps.join(","));
// descriptor of cause
const d = Object.getOwnPropertyDescriptor(new Error("x", { cause: 1 }), "cause");
console.log(d.writable, d.enumerable, d.configurable, d.value);
// message descriptor
const md = Object.getOwnPropertyDescriptor(new Error("x"), "message");
console.log(md.writable, md.enumerable, md.configurable);
// order of own keys
console.log(Object.getOwnPropertyNames(new Error("x", { cause: 1 })).filter(k => k !== "stack").join());
// all native errors accept cause
for (const E of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const e = new E("m", { cause: E.name });
  console.log(E.name, e.cause, Object.hasOwn(e, "cause"));
}
// AggregateError cause is the third argument
const ag = new AggregateError([1], "agg", { cause: "ac" });
console.log(ag.cause, Object.getOwnPropertyNames(ag).filter(k => k !== "stack").join());
// Error.prototype has no cause
console.log("cause" in Error.prototype, Error.prototype.hasOwnProperty("message"), Error.prototype.message === "");
// cause with message undefined
const nm = new Error(undefined, { cause: "only cause" });
console.log(Object.hasOwn(nm, "message"), nm.cause, String(nm));
// cause is an error chain
const root = new Error("root");
const top = new Error("top", { cause: new Error("mid", { cause: root }) });
let chain = [], cur = top;
while (cur) { chain.push(cur.message); cur = cur.cause; }
console.log(chain.join(" <- "));
// options getter throwing propagates
try { new Error("m", { get cause() { throw new SyntaxError("from getter"); } }); }
catch (e) { console.log(e.constructor.name + ": " + e.message); }
