const o = { b: 1, a: 2, 10: "x", 2: "y", "-1": "neg", "01": "lead" };
const keys = [];
for (const k in o) keys.push(k);
console.log(keys);
function Parent() { this.own = 1; }
Parent.prototype.inherited = 2;
const child = new Parent();
for (const k in child) console.log(k, child[k]);
for (const i in ["x", "y"]) console.log(typeof i, i);
for (const ch in "ab") console.log(ch);
const del = { a: 1, b: 2, c: 3 };
for (const k in del) { if (k === "a") delete del.b; console.log("visit", k); }
