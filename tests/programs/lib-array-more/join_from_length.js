// join with null/undefined/nested/cyclic, Array.from with iterables and array-likes, length truncation
console.log([1, null, undefined, 2].join(), [null].join() === "", [[1, [2, [null, 3]]], [undefined]].join(";"), [, ,].join("-"), [].join());
console.log([1, 2].join(undefined), [1, 2].join(null), [1, 2].join({ toString() { return "<>"; } }), ["a"].join(1), Array(4).join("ab"));
const cyc = [1, 2]; cyc.push(cyc); console.log(cyc.join(), String(cyc), JSON.stringify([cyc.toString()]));
const c2 = [1, [2]]; c2[1].push(c2); console.log(c2.join("|"));
console.log(Array.prototype.join.call({ length: 3, 0: "x", 2: "z" }, "+"), Array.prototype.join.call("abc", "."), Array.prototype.join.call({ length: -1 }), Array.prototype.join.call(5));
try { [Symbol()].join(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log([{ toString() { return "T"; }, valueOf() { return "V"; } }, 1n, -0, 1e21].join(), [new Date(NaN)].join());
const jlog = [];
[{ toString() { jlog.push("elem"); return "e"; } }].join({ toString() { jlog.push("sep"); return ","; } });
console.log(jlog.join(","));
// Array.from
console.log(JSON.stringify(Array.from("a\uD83D\uDE00b")), JSON.stringify(Array.from(new Set([1, 1, 2]))), JSON.stringify(Array.from(new Map([[1, 2]]))));
console.log(JSON.stringify(Array.from({ length: 3 })), JSON.stringify(Array.from({ length: 2, 0: "x", 5: "no" })), JSON.stringify(Array.from({ length: "2.7" }, (v, i) => i * 10)));
const lenLog = [];
const alGetter = { get length() { lenLog.push("len"); return 2; }, get 0() { lenLog.push("0"); return "a"; }, get 1() { lenLog.push("1"); return "b"; } };
console.log(JSON.stringify(Array.from(alGetter)), lenLog.join(","));
const thisArg = { mul: 3 };
console.log(JSON.stringify(Array.from([1, 2], function (v, i) { return [v * this.mul, i, arguments.length]; }, thisArg)));
console.log(JSON.stringify(Array.from([1], function () { return this === undefined ? "undef" : typeof this; })), JSON.stringify(Array.from([1], () => typeof this)));
try { Array.from([1], "notfn"); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Array.from(null); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { Array.from({ [Symbol.iterator]: 5 }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(JSON.stringify(Array.from({ [Symbol.iterator]: undefined, length: 1, 0: "fallback" })), JSON.stringify(Array.from(5)), JSON.stringify(Array.from(true)));
let closed = 0;
const iter = { [Symbol.iterator]() { return { next: () => ({ value: 1, done: false }), return() { closed++; return {}; } }; } };
try { Array.from(iter, () => { throw new Error("map"); }); } catch (e) { console.log(e.message, "closed", closed); }
function Ctor(n) { this.args = arguments.length; this.n = n; }
const viaCtor = Array.from.call(Ctor, { length: 2, 0: "a", 1: "b" });
console.log(viaCtor instanceof Ctor, viaCtor.n, viaCtor.length, viaCtor[1]);
const viaCtorIt = Array.from.call(Ctor, ["q"]);
console.log(viaCtorIt.n, viaCtorIt.args, viaCtorIt.length);
// length truncation
const t = [1, 2, 3, 4, 5]; t.length = 2; console.log(JSON.stringify(t), 3 in t);
const nc = [1, 2, 3, 4]; Object.defineProperty(nc, 2, { value: "fixed", configurable: false });
nc.length = 0; console.log(nc.length, JSON.stringify(nc));
(function () { "use strict"; const nc2 = [1, 2, 3]; Object.defineProperty(nc2, 1, { value: "x", configurable: false }); try { nc2.length = 0; } catch (e) { console.log(e.constructor.name + ": " + e.message, nc2.length); } })();
for (const L of [-1, 1.5, 2 ** 32, "abc", NaN]) { try { [].length = L; } catch (e) { console.log(String(L), e.constructor.name + ": " + e.message); } }
const lo = []; lo.length = "3"; lo.length = { valueOf() { return 1; } }; console.log(lo.length);
const grown = [1]; grown.length = 3; console.log(grown.length, Object.keys(grown).length, JSON.stringify(grown));
