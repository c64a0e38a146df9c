function outer() {
  const arrow = () => { eval("var inArrow = 'arrow var'"); return inArrow; };
  const r = arrow();
  return [r, typeof inArrow];
}
console.log(outer());
