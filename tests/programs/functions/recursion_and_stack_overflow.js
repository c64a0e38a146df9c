// Deep recursion, mutual recursion and a catchable RangeError on stack overflow
function fact(n) { return n <= 1 ? 1n : BigInt(n) * fact(n - 1); }
console.log(String(fact(30)));
const isEven = (n) => n === 0 ? true : isOdd(n - 1);
const isOdd = (n) => n === 0 ? false : isEven(n - 1);
console.log(isEven(1000), isOdd(777));
function depth(n) { try { return depth(n + 1); } catch (e) { return [n > 100, e.constructor.name, e.message]; } }
const r = depth(0);
console.log(r);
let calls = 0;
function overflow() { calls++; overflow(); }
try { overflow(); } catch (e) { console.log(e instanceof RangeError, e.message, calls > 1000); }
console.log('engine still works', [1, 2, 3].map((x) => x * 2).join());
const deepObj = {};
let cur = deepObj;
for (let i = 0; i < 1000; i++) { cur.next = {}; cur = cur.next; }
function countDepth(o) { return o.next ? 1 + countDepth(o.next) : 0; }
console.log(countDepth(deepObj));
function viaGetter() { const o = { get g() { return o.g; } }; try { return o.g; } catch (e) { return e.constructor.name; } }
console.log(viaGetter());
function viaToString() { const o = { toString() { return `${o}`; } }; try { return String(o); } catch (e) { return e.constructor.name; } }
console.log(viaToString());
