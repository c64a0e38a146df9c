class MyPromise extends Promise {
  constructor(executor) { super(executor); this.tag = 'mine'; }
}
const p = MyPromise.resolve(1);
console.log(p instanceof MyPromise, p.tag);
const q = p.then(v => v + 1);
console.log(q instanceof MyPromise, q.tag);
q.then(v => console.log('value', v));
const r = new MyPromise(res => res(5));
console.log(r.constructor === MyPromise, Object.getPrototypeOf(MyPromise) === Promise);
console.log(MyPromise.reject(0).catch(() => {}) instanceof MyPromise);
MyPromise.all([1, 2]).then(v => console.log('all via subclass', v));
