// The Timeout object, as node shows it.
const t = setTimeout(() => {}, 20);
console.log(typeof t, t.constructor.name, Object.prototype.toString.call(t));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(t)));
console.log(typeof Object.getPrototypeOf(t)[Symbol.toPrimitive]);
console.log(Object.keys(t));
console.log(t._idleTimeout, t._repeat, t._destroyed, typeof t._onTimeout, t._timerArgs);
const id = t[Symbol.toPrimitive]();
console.log(typeof id, id === +t, `${t}` === String(id), t + 0 === id);
const iv = setInterval(() => {}, 7, "arg");
console.log(iv._idleTimeout, iv._repeat, iv._timerArgs);
clearInterval(iv);
clearTimeout(t);
console.log(t._idleTimeout, t._destroyed, t._onTimeout);
console.log(setTimeout.name, setTimeout.length, setInterval.length, setImmediate.length,
  clearTimeout.length, clearInterval.length, clearImmediate.length);
