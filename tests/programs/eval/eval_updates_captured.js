function f() {
  let count = 0;
  const inc = () => eval("count++");
  inc(); inc(); inc();
  return count;
}
console.log(f());
function g() {
  const c = 1;
  try { eval("c = 2"); } catch (e) { return e.name + ': ' + e.message; }
}
console.log(g());
function h(p) { eval("p = p * 2"); return p; }
console.log(h(21));
