// join / toString / toLocaleString: separators, nullish, cycles, generic receivers
console.log([1, null, undefined, "x", [2, [3]]].join(), [1, 2].join(undefined), [1, 2].join(null), [1, 2].join(""));
console.log([].join(), [undefined].join(), [null, null].join("-"), Array(3).join("ab"));
const cyc = [1, 2]; cyc.push(cyc);
console.log(cyc.join(), String(cyc), cyc.toString());
console.log(Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "+"), Array.prototype.join.call("abc", "."));
console.log(Array.prototype.toString.call({ join() { return "custom"; } }), Array.prototype.toString.call({}));
console.log(Array.prototype.toString.call({ join: 1 }), Object.prototype.toString.call([]));
console.log([1.5, -0, 1e21, NaN, Infinity].join(" "), [true, Symbol.iterator.description].join());
console.log([1, 2, 3].toLocaleString(), [null, undefined, 4].toLocaleString(), [].toLocaleString());
const o = { toLocaleString() { return "L"; }, toString() { return "S"; } };
console.log([o, o].toLocaleString(), [o].join());
Number.prototype.toLocaleString = function () { return "n" + typeof this; };
console.log([1, 2].toLocaleString());
String.prototype.toLocaleString = function () { "use strict"; return "s" + typeof this; };
console.log(["a"].toLocaleString());
try { [{ toLocaleString: 1 }].toLocaleString(); } catch (e) { console.log(e.constructor.name); }
const sep = { toString() { return "|"; } };
console.log([1, 2].join(sep));
try { [Symbol()].join(); } catch (e) { console.log(e.constructor.name); }
