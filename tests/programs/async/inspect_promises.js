const fulfilled = Promise.resolve({ a: 1, nested: [1, 2] });
const pending = new Promise(() => {});
const rejected = Promise.reject('reason'); rejected.catch(() => {});
console.log(fulfilled);
console.log(pending);
console.log(rejected);
console.log([fulfilled, pending]);
console.log({ p: Promise.resolve('str') });
const later = Promise.resolve().then(() => 'later');
console.log(later);
later.then(() => console.log(later));
(async () => 'async result')().then(function () { console.log(arguments[0]); });
console.log((async () => 1)());
console.log((async () => { await null; })());
class MyPromise extends Promise {}
console.log(MyPromise.resolve(3));
console.log(Promise.resolve(Promise.resolve(4)));
console.log(new Promise(r => r(Promise.resolve(5))));
