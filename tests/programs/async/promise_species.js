class P extends Promise { static get [Symbol.species]() { return Promise; } }
const p = P.resolve(1);
const q = p.then(x => x);
console.log(p instanceof P, q instanceof P, q instanceof Promise);
console.log(Object.getOwnPropertyDescriptor(Promise, Symbol.species).get.name, Promise[Symbol.species] === Promise);
const r = p.finally(() => {});
console.log(r instanceof P);
class Q extends Promise { static get [Symbol.species]() { return 5; } }
try { Q.resolve(1).then(); } catch (e) { console.log(e.constructor.name, e.message); }
