const log = [];
const inner = { [Symbol.iterator]() { return this; }, next(v) { log.push("next:" + v); return { value: "i", done: false }; }, return(v) { log.push("return:" + v); return { value: "r" + v, done: true }; } };
function* outer() { try { yield* inner; } finally { log.push("outer finally"); } }
const g = outer();
g.next("a"); g.next("b");
console.log(g.return("X"), log.join(" "));
