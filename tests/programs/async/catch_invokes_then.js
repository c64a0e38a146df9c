// catch and finally look up `then` dynamically
const p = Promise.resolve(1);
p.then = function (a, b) { console.log('custom then', typeof a, typeof b); return 'x'; };
console.log(p.catch(() => {}));
console.log(Promise.prototype.catch.call({ then(a, b) { return [a, typeof b]; } }, function h() {}));
const q = Promise.resolve(2);
q.then = function (a, b) { console.log('finally passes', a.length, b.length); return 'y'; };
console.log(q.finally(() => {}));
