// push / pop / fill on arrays, array-likes, frozen and length-limited objects
const o = { length: 1, 0: "a" };
console.log(Array.prototype.push.call(o, "b", "c"), JSON.stringify(o));
console.log(Array.prototype.pop.call(o), JSON.stringify(o));
const e = {};
console.log(Array.prototype.push.call(e), JSON.stringify(e), Array.prototype.pop.call({}), JSON.stringify(Object.assign({}, { length: 0 })));
const big = { length: 2 ** 53 - 1 };
try { Array.prototype.push.call(big, 1); } catch (err) { console.log(err.constructor.name, err.message); }
console.log(Array.prototype.push.call({ length: 2 ** 53 + 5 }), Array.prototype.pop.call({ length: "3", 2: "z" }));
try { Object.freeze([1]).push(2); } catch (err) { console.log(err.constructor.name); }
try { Object.freeze([1]).pop(); } catch (err) { console.log(err.constructor.name); }
try { Object.freeze([]).push(); } catch (err) { console.log(err.constructor.name); }
const arr = [1, 2];
Object.defineProperty(arr, "length", { writable: false });
try { arr.push(3); } catch (err) { console.log(err.constructor.name); }
try { arr.pop(); } catch (err) { console.log(err.constructor.name, arr.length); }
console.log([1, 2, 3].fill(0), [1, 2, 3].fill(9, 1), [1, 2, 3].fill(9, -1), [1, 2, 3].fill(9, 1, 2), [1, 2, 3].fill(9, NaN, NaN));
console.log(Array.prototype.fill.call({ length: 3 }, "x"), [].fill(1), Array(3).fill().length);
try { Object.freeze([1]).fill(0); } catch (err) { console.log(err.constructor.name); }
console.log(Object.freeze([]).fill(0).length);
const s = [];
console.log(s.push(1, 2, 3), s.pop(), s.pop(), s, s.push(), s.length);
console.log([].pop(), [, ].pop(), [1, , ].pop());
