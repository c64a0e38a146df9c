const t = (s) => s;
const a = t`same`, b = t`same`;
console.log(a === b, a[0] === b[0]);
function twice() { const out = []; for (let i = 0; i < 2; i++) out.push(t`x`); return out; }
const [p, q] = twice();
const [r] = twice();
console.log(p === q, p === r);
const e1 = eval("t`e`"), e2 = eval("t`e`");
console.log(e1 === e2, e1[0]);
const f1 = new Function("t", "return t`f`");
console.log(f1(t) === f1(t));
