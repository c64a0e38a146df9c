const log = [];
const it = { [Symbol.iterator]() { return this; }, next() { return { get done() { throw new Error("done getter"); } }; }, return() { log.push("return"); return {}; } };
try { for (const x of it) ; } catch (e) { log.push(e.message); }
try { const [a] = it; } catch (e) { log.push(e.message); }
const it2 = { [Symbol.iterator]() { return this; }, next() { return { done: false, get value() { throw new Error("value getter"); } }; }, return() { log.push("return2"); return {}; } };
try { for (const x of it2) ; } catch (e) { log.push(e.message); }
try { const [a] = it2; } catch (e) { log.push(e.message); }
console.log(log.join(" / "));
