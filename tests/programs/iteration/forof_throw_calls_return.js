const log = [];
const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { log.push("return called"); return {}; },
};
try { for (const x of it) { throw new Error("body"); } } catch (e) { log.push("caught " + e.message); }
console.log(log);
const it2 = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { throw new Error("from return"); },
};
try { for (const x of it2) { throw new Error("body wins"); } } catch (e) { console.log(e.message); }
try { for (const x of it2) { break; } } catch (e) { console.log(e.message); }
