// species and subclassing: then uses species, statics use this, NewPromiseCapability checks
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
class Logged extends Promise {
  constructor(ex) { super(ex); Logged.count = (Logged.count || 0) + 1; }
}
const a = Logged.resolve(1);
const b = a.then(x => x);
console.log(b instanceof Logged, Logged.count);
const c = a.catch(() => {});
console.log(c instanceof Logged, Logged.count);
// species override to plain Promise
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
const pp = Plain.resolve(1);
console.log(pp instanceof Plain, pp.then() instanceof Plain, pp.then() instanceof Promise);
// statics ignore species, use this
console.log(Plain.all([]) instanceof Plain, Plain.race([]) instanceof Plain, Plain.reject(0).catch(() => {}) instanceof Plain);
// species undefined/null -> default constructor
const u = Promise.resolve(1);
u.constructor = { [Symbol.species]: undefined };
console.log(u.then() instanceof Promise);
const n = Promise.resolve(1);
n.constructor = { [Symbol.species]: null };
console.log(n.then() instanceof Promise);
// constructor not an object -> TypeError
const bad = Promise.resolve(1);
bad.constructor = 5;
try { bad.then(); } catch (e) { console.log(e.constructor.name); }
// constructor undefined -> default
const und = Promise.resolve(1);
und.constructor = undefined;
console.log(und.then() instanceof Promise);
// custom capability: executor arguments checked
function FakeCtor(executor) {
  executor(function res(v) { console.log("fake resolve", v); }, function rej(e) { console.log("fake reject", e); });
}
console.log(Promise.resolve.call(FakeCtor, "val") instanceof FakeCtor);
Promise.reject.call(FakeCtor, "err");
// executor called twice with functions -> TypeError
function Twice(executor) { executor(() => {}, () => {}); executor(() => {}, () => {}); }
try { Promise.resolve.call(Twice, 1); } catch (e) { console.log("twice:", e.constructor.name); }
// executor never given functions
function Never(executor) { executor(undefined, undefined); }
try { Promise.resolve.call(Never, 1); } catch (e) { console.log("never:", e.constructor.name); }
// first call with undefined then with functions is allowed
function Late(executor) { executor(undefined, undefined); executor(() => console.log("late resolve called"), () => {}); }
Promise.resolve.call(Late, 1);
// then on non-promise throws
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.constructor.name); }
// Symbol.species getter on Promise
console.log(Promise[Symbol.species] === Promise, Logged[Symbol.species] === Logged);
// subclass of promise resolving subclass instances
const order = [];
class Ordered extends Promise {
  then(f, r) { order.push("then called"); return super.then(f, r); }
}
Promise.resolve(Ordered.resolve("sub")).then(v => { order.push("got " + v); });
later().then(() => console.log(order.join(", ")));
