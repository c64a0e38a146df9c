// how WeakMap / WeakSet / WeakRef / FinalizationRegistry print (node's util.inspect)
const o = { a: 1 };
const wm = new WeakMap([[o, 1]]);
const ws = new WeakSet([o]);
console.log(wm, ws, [wm, ws], { wm });
wm.extra = "prop";
console.log(wm);
class MyWM extends WeakMap {}
console.log(new MyWM(), new WeakRef(o), new FinalizationRegistry(() => {}));
console.log(String(wm), `${ws}`, Object.prototype.toString.call(new WeakRef(o)));
console.log(Object.getPrototypeOf(wm) === WeakMap.prototype, typeof WeakRef.prototype.deref);
