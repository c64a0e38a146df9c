// splice / shift / unshift / reverse on arrays and array-likes
const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a);
console.log(a.splice(-1), a);
console.log(a.splice(1, 0, "x", "y"), a);
console.log(a.splice(), a);
console.log(a.splice(undefined), a);
const b = [1, 2, 3];
console.log(b.splice(1, undefined), b, b.splice(0, -5), b.splice(0, Infinity), b);
const o = { length: 4, 0: "a", 1: "b", 2: "c", 3: "d" };
console.log(Array.prototype.splice.call(o, 1, 2, "X"), JSON.stringify(o));
const o2 = { length: 2, 0: 1, 1: 2 };
console.log(Array.prototype.splice.call(o2, 0, 0, 9, 8, 7), JSON.stringify(o2));
const o3 = { 0: "x", length: "2" };
console.log(Array.prototype.shift.call(o3), JSON.stringify(o3));
console.log(Array.prototype.shift.call({}), Array.prototype.shift.call({ length: 0 }));
const o4 = { length: 1, 0: "z" };
console.log(Array.prototype.unshift.call(o4, "a", "b"), JSON.stringify(o4));
console.log(Array.prototype.unshift.call({ length: 3 }), Array.prototype.unshift.call(true));
const o5 = { length: 3, 0: 1, 2: 3 };
console.log(JSON.stringify(Array.prototype.reverse.call(o5)));
const o6 = { length: 4, 1: "b" };
console.log(JSON.stringify(Array.prototype.reverse.call(o6)));
const c = [1, , 3, , 5];
c.reverse(); console.log(c, 1 in c, 3 in c);
const d = [1, 2, 3];
console.log(d.shift(), d.unshift(0, 0.5), d);
try { Array.prototype.splice.call(Object.freeze([1, 2]), 0, 1); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.shift.call(Object.freeze([1])); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.unshift.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.constructor.name); }
const s = "abc";
try { Array.prototype.reverse.call(s); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.splice.call({ length: 2 ** 53 + 10 }, 2 ** 53 - 3, 1).length);
