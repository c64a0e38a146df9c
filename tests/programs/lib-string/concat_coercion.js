// String.prototype.concat and the order of ToString on receiver and arguments
console.log("a".concat(), "a".concat(1, null, undefined, true, [1, 2], {}), "".concat(-0, 1n, 1e21, 0.1));
const log = [];
const mk = n => ({ toString() { log.push(n); return n; } });
console.log(String.prototype.concat.call(mk("this"), mk("x"), mk("y")), log.join(","));
try { "a".concat(Symbol("q")); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.concat.call(null, "a"); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.concat.length, String.prototype.concat.call(42, 43), String.prototype.concat.apply("x", ["y", "z"]));
const o = { toString: () => "ts", valueOf: () => "vo" };
console.log("".concat(o), "" + o, `${o}`, String(o), [o].join());
const p = { [Symbol.toPrimitive](hint) { return hint; } };
console.log("".concat(p), "" + p, `${p}`, String(p));
