// Array.from / spread / destructuring close iterators on early exit or error
function make(label, log) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() { log.push(label + ".next"); return { value: i++, done: i > 3 }; },
    return() { log.push(label + ".return"); return {}; },
  };
}
const log = [];
const [x, y] = make("destr", log);
console.log(x, y, log.join());
log.length = 0;
console.log([...make("spread", log)], log.join());
log.length = 0;
console.log(Array.from(make("from", log)), log.join());
log.length = 0;
try { Array.from(make("fromErr", log), v => { if (v === 1) throw new Error("stop"); return v; }); } catch (e) { console.log(e.message, log.join()); }
log.length = 0;
for (const v of make("forof", log)) { if (v === 1) break; }
console.log(log.join());
log.length = 0;
try { new Map(make("map", log)); } catch (e) { console.log(e.constructor.name, log.join()); }
log.length = 0;
console.log(new Set(make("set", log)).size, log.join());
