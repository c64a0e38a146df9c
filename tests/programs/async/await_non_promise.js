async function f(label, v) {
  console.log(label, 'before');
  const r = await v;
  console.log(label, 'after', r);
}
f('num', 1);
f('undef');
f('obj', { x: 1 });
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
console.log('sync end');
