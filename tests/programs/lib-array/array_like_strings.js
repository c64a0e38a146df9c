// Array methods applied to strings and String objects (read-only indices)
const s = "hello";
console.log(Array.prototype.map.call(s, c => c.toUpperCase()).join(""), Array.prototype.filter.call(s, c => c > "h").join(""));
console.log(Array.prototype.reduce.call(s, (a, c) => c + a, ""), Array.prototype.includes.call(s, "e"), Array.prototype.at.call(s, -1));
console.log(Array.prototype.slice.call(s, -3), Array.prototype.every.call(s, c => c.length === 1), Array.prototype.join.call(s));
try { Array.prototype.push.call(s, "!"); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.reverse.call(new String("ab")); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.sort.call(new String("ba")); } catch (e) { console.log(e.constructor.name); }
try { Array.prototype.fill.call(new String("ab"), "x"); } catch (e) { console.log(e.constructor.name); }
console.log(Array.prototype.indexOf.call(new String("abc"), "c"), Array.from(new String("ab")), [..."\ud83d\ude00x"].length);
console.log(Array.prototype.entries.call("ab").next().value, Array.prototype.keys.call("abc").next().value);
