function* g() {
  const a = [yield "a", yield "b"];
  const o = { [yield "key"]: yield "val" };
  const s = (yield "x") + (yield "y");
  console.log(a, o, s);
  return yield yield "nested";
}
const it = g();
const outs = [];
let r = it.next();
let i = 0;
while (!r.done) { outs.push(r.value); r = it.next("v" + i++); }
console.log(outs, r);
