const log = [];
const obj = () => { log.push("obj"); return { set v(x) { log.push("set " + x); } }; };
const it = { [Symbol.iterator]() { log.push("iter"); let i = 0; return { next() { log.push("next"); return { value: i++, done: false }; }, return() { log.push("return"); return {}; } }; } };
[obj().v, obj().v] = it;
console.log(log.join(" "));
log.length = 0;
const src = { get a() { log.push("get a"); return 1; }, get b() { log.push("get b"); return 2; } };
({ a: obj().v, b: obj().v } = src);
console.log(log.join(" "));
