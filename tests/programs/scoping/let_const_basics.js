let a = 1;
const b = { n: 2 };
b.n++;
console.log(a, b.n);
{
  let a = 'shadow';
  console.log(a);
}
for (const x of [1, 2]) { const y = x * 2; console.log(y); }
let u;
console.log(u);
try { eval("const nope;"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("let dup = 1; var dup = 2;"); } catch (e) { console.log(e.name + ': ' + e.message); }
try { eval("let let = 1"); } catch (e) { console.log(e.name + ': ' + e.message); }
var let_ = 'let as identifier part';
console.log(let_);
