// reduce / reduceRight: initial values, holes, mutation during iteration, argument order
const log = [];
[1, 2, 3].reduce((acc, v, i, arr) => { log.push([acc, v, i, arr.length].join(":")); return acc + v; });
console.log(log.join(" "));
log.length = 0;
[1, 2, 3].reduceRight((acc, v, i) => { log.push(acc + "/" + v + "/" + i); return acc + v; }, 10);
console.log(log.join(" "));
console.log([[1, 2], [3]].reduce((a, b) => a.concat(b), []));
console.log([, , 5, , 6].reduce((a, b) => a * b), [, , 5].reduce((a) => a + 1));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.constructor.name, e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].reduce(); } catch (e) { console.log(e.constructor.name); }
console.log([].reduce((a, b) => a, "init"), [5].reduce((a, b) => a + b));
const a = [1, 2, 3, 4];
console.log(a.reduce((acc, v, i, arr) => { if (i === 1) arr.pop(); return acc + v; }));
const b = [1, 2, 3];
console.log(b.reduce((acc, v, i, arr) => { if (i === 0) arr.push(100); return acc + v; }, 0));
const c = [1, 2, 3, 4];
console.log(c.reduceRight((acc, v, i, arr) => { if (i === 3) delete arr[1]; return acc + v; }, ""));
const o = { length: 3, 0: "a", 2: "c" };
console.log(Array.prototype.reduce.call(o, (x, y) => x + y), Array.prototype.reduceRight.call(o, (x, y) => x + y));
console.log(Array.prototype.reduce.call("xyz", (x, y) => y + x));
console.log([1, 2, 3].reduce((a, b) => Math.max(a, b), -Infinity), ["a"].reduceRight((a, b) => a + b, "z"));
Array.prototype[1] = "P";
console.log([0, , 2].reduce((a, b) => a + "," + b));
delete Array.prototype[1];
console.log([1, 2, 3].reduce.length, [].reduceRight.length);
