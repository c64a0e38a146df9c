async function worker(name, n) {
  for (let i = 0; i < n; i++) {
    console.log(name, i);
    await null;
  }
  return name;
}
Promise.all([worker('A', 3), worker('B', 2), worker('C', 4)]).then(r => console.log('all', r));
console.log('main');
