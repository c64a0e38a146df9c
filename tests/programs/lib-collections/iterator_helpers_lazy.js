// ES2025 iterator helpers (map/filter/take/drop/flatMap). Node 20 lacks Iterator:
// the expected output was derived by hand from ECMA-262 2025 (sec-iterator.prototype.map ff.).
function* nums() { yield 1; yield 2; yield 3; yield 4; yield 5; }
console.log(nums().map((x, i) => x * 10 + i).toArray().join());
console.log(nums().filter((x, i) => x % 2 === 1 && i < 4).toArray().join());
console.log(nums().take(2).toArray().join(), nums().take(0).toArray().length, nums().take(Infinity).toArray().length);
console.log(nums().drop(3).toArray().join(), nums().drop(9).toArray().length, nums().drop(0).toArray().length);
console.log(nums().flatMap(x => x < 3 ? [x, x] : []).toArray().join());
console.log(nums().flatMap(x => new Set([x, -x])).take(3).toArray().join());
console.log(nums().map(x => x).drop(1).filter(x => x > 2).take(2).toArray().join());
const h = nums().map(x => x);
console.log(Object.prototype.toString.call(h), typeof h.next, typeof h.return, h[Symbol.iterator]() === h);
console.log(JSON.stringify(h.next()), JSON.stringify(h.return()), JSON.stringify(h.next()));
for (const bad of [-1, NaN, undefined, 2 ** 53]) {
  try { nums().take(bad); } catch (e) { console.log("take", String(bad), e.constructor.name); }
  try { nums().drop(bad); } catch (e) { console.log("drop", String(bad), e.constructor.name); }
}
try { nums().flatMap(x => 1).next(); } catch (e) { console.log("flatMap primitive", e.constructor.name); }
try { nums().flatMap(x => "ab").next(); } catch (e) { console.log("flatMap string", e.constructor.name); }
try { nums().map(1); } catch (e) { console.log("map non-callable", e.constructor.name); }
let closedCount = 0;
const closable = { __proto__: Iterator.prototype, i: 0, next() { return { value: this.i++, done: false }; }, return() { closedCount++; return {}; } };
const t = closable.take(1);
console.log(t.next().value, t.next().done, closedCount);
const m = closable.map(x => x);
m.next(); m.return();
console.log(closedCount);
const fresh = closable.filter(x => true);
fresh.return();
console.log(closedCount, fresh.next().done);
try { closable.map(); } catch (e) { console.log(e.constructor.name, closedCount); }
const self = closable.map(function (x) { return selfRef.next(); });
var selfRef = self;
try { self.next(); } catch (e) { console.log("running", e.constructor.name); }
let log = [];
const lazy = { __proto__: Iterator.prototype, next() { log.push("next"); return { value: 1, done: false }; } };
const lz = lazy.map(x => { log.push("map"); return x; });
log.push("created");
lz.next();
console.log(log.join());
