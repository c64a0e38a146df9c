async function* numbers(n) {
  for (let i = 0; i < n; i++) { await null; yield i * 10; }
}
async function main() {
  let sum = 0;
  for await (const v of numbers(4)) { console.log('v', v); sum += v; }
  console.log('sum', sum);
  for await (const v of numbers(10)) { if (v > 20) break; console.log('w', v); }
  console.log('after break');
}
main();
