async function sum(xs) {
  let total = 0;
  for (const x of xs) total += await x;
  let i = 0;
  while (i < 3) { total += await i; i++; }
  do { total *= await 2; } while (false);
  for (let j = 0; j < 2; j++) { const k = await j; setLater(() => console.log('closure', j, k)); }
  return total;
}
const later = [];
function setLater(f) { later.push(f); }
sum([1, Promise.resolve(2), 3]).then(t => { console.log('total', t); later.forEach(f => f()); });
