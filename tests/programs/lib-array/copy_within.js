// Array.prototype.copyWithin: relative indices, overlap, array-likes, holes
const show = (a) => JSON.stringify(a);
console.log(show([1, 2, 3, 4, 5].copyWithin(0, 3)));
console.log(show([1, 2, 3, 4, 5].copyWithin(0, 3, 4)));
console.log(show([1, 2, 3, 4, 5].copyWithin(1, 0)));
console.log(show([1, 2, 3, 4, 5].copyWithin(-2)));
console.log(show([1, 2, 3, 4, 5].copyWithin(-2, -3, -1)));
console.log(show([1, 2, 3, 4, 5].copyWithin(2, 0, 2)));
console.log(show([1, 2, 3, 4, 5].copyWithin(0, 1, -1)));
console.log(show([1, 2, 3, 4, 5].copyWithin(NaN, NaN, NaN)));
console.log(show([1, 2, 3, 4, 5].copyWithin(Infinity, 0)));
console.log(show([1, 2, 3, 4, 5].copyWithin(0, -Infinity, Infinity)));
console.log(show([1, 2, 3, 4, 5].copyWithin("1", "3", "4")));
console.log(show([1, 2, 3, 4, 5].copyWithin(0, 2, 1)));
console.log(show([1, 2, 3].copyWithin(1.7, 0.2)));
console.log([1, , 3, 4].copyWithin(0, 1));
const o = { length: 5, 3: "three", 4: "four" };
console.log(Array.prototype.copyWithin.call(o, 0, 3));
console.log(Array.prototype.copyWithin.call({ length: -1, 0: 1 }, 0, 1));
const a = [1, 2, 3];
console.log(a.copyWithin(0, 1) === a, [].copyWithin.length, [].copyWithin.name);
try { Object.freeze([1, 2]).copyWithin(0, 1); } catch (e) { console.log(e.constructor.name); }
console.log(Object.freeze([]).copyWithin(0, 0).length);
try { Array.prototype.copyWithin.call(null); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype[Symbol.unscopables].copyWithin);
