async function* pairs() { yield ['a', 1]; yield ['b', 2]; }
(async () => {
  for await (const [k, v] of pairs()) console.log(k, v);
  let x, y;
  for await ({ x, y = 'dflt' } of [{ x: 1 }, Promise.resolve({ x: 2, y: 3 })]) console.log(x, y);
  const obj = {};
  for await (obj.prop of ['p1', 'p2']) console.log(obj.prop);
  for await (var z of [Promise.resolve('var binding')]) ;
  console.log(z);
})();
