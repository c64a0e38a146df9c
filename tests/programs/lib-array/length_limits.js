// generic receivers with large or odd lengths: ToLength clamps, no huge loops
const huge = { length: Infinity };
console.log(Array.prototype.indexOf.call({ length: -5, 0: 1 }, 1), Array.prototype.includes.call({ length: "1", 0: 1 }, 1));
console.log(Array.prototype.at.call({ length: 2 ** 53 + 10, [2 ** 53 - 2]: "end" }, -1));
console.log(Array.prototype.lastIndexOf.call({ length: 2 ** 53 - 1, [2 ** 53 - 2]: "v" }, "v"));
console.log(Array.prototype.pop.call({ length: 2 ** 53 + 3, [2 ** 53 - 2]: "p" }));
console.log(Array.prototype.push.call({ length: -3 }, "a"), Array.prototype.join.call({ length: 1.9, 0: "j" }));
try { Array.prototype.splice.call({ length: 2 ** 53 - 1 }, 0, 0, 1); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.slice.call(huge, 0, 2).length, Array.prototype.fill.call({ length: 2 }, 1)[1]);
console.log(Array.prototype.copyWithin.call({ length: 3, 2: "x" }, 0, 2)[0], Array.prototype.includes.call(huge, undefined, 2 ** 53 - 2));
