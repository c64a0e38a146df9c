const log = [];
const it = { [Symbol.iterator]() { return this; }, next() { return { value: undefined, done: false }; }, return() { log.push("return"); return {}; } };
function boom() { throw new Error("default threw"); }
try { const [x = boom()] = it; } catch (e) { log.push(e.message); }
console.log(log);
log.length = 0;
try { [{}.x.y] = it; } catch (e) { log.push(e.constructor.name); }
console.log(log);
