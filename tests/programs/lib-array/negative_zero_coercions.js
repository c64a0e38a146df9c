// -0, NaN, Infinity and object arguments to index parameters; -0 values preserved
const a = [-0, 0, 1];
console.log(Object.is(a.at(0), -0), Object.is(a.indexOf(0), 0), a.includes(-0), Object.is([-0].map(x => x)[0], -0));
console.log(Object.is([0].fill(-0)[0], -0), Object.is(Array.of(-0)[0], -0), Object.is([-0].slice()[0], -0), Object.is([1, -0].with(0, -0)[0], -0));
console.log([1, 2, 3].slice(-0), [1, 2, 3].splice(-0, 1), [1, 2, 3].at(-0), [1, 2, 3].indexOf(3, -0));
const v = { valueOf() { return 1; } }, s = { toString() { return "2"; }, valueOf: undefined };
console.log([1, 2, 3].slice(v), [1, 2, 3].at(s), [1, 2, 3].fill(0, v, s), [1, 2, 3].includes(3, v));
console.log([1, 2, 3].slice(Infinity), [1, 2, 3].slice(-Infinity), [1, 2, 3].at(Infinity), [1, 2, 3].at(-Infinity));
console.log([1, 2, 3].slice(NaN, 2), [1, 2, 3].indexOf(1, NaN), [1, 2, 3].lastIndexOf(3, NaN), [1, 2, 3].copyWithin(NaN, 1));
console.log([1, 2, 3].slice(" 1 "), [1, 2, 3].slice("0x2"), [1, 2, 3].slice("1e0"), [1, 2, 3].slice([]), [1, 2, 3].slice({}));
try { [1].slice(Symbol()); } catch (e) { console.log(e.constructor.name); }
try { [1].at(1n); } catch (e) { console.log(e.constructor.name); }
const order = [];
[1, 2, 3].slice({ valueOf() { order.push("start"); return 0; } }, { valueOf() { order.push("end"); return 1; } });
[1, 2, 3].fill({ valueOf() { order.push("value"); return 0; } }, { valueOf() { order.push("fstart"); return 0; } });
console.log(order.join());
console.log(new Set([-0]).has(0), [...new Set([-0])].map(x => Object.is(x, -0)), new Map([[-0, "z"]]).keys().next().value);
