// String.prototype.split: limits, empty separators/strings, coercion order, surrogates
const show = a => JSON.stringify(a);
console.log(show("a,b,c".split(",")), show("a,b,c".split(",", 2)), show("a,b,c".split(",", 0)), show("a,b,c".split(",", -1)));
console.log(show("a,b,c".split(",", 2 ** 32 + 1)), show("a,b,c".split(",", 4294967295)), show("a,b,c".split(",", NaN)), show("a,b,c".split(",", 1.9)));
console.log(show("abc".split("")), show("abc".split("", 2)), show("".split("")), show("".split(",")), show("".split()));
console.log(show("abc".split()), show("abc".split(undefined)), show("abc".split(undefined, 0)), show("a-undefined-b".split(undefined)));
console.log(show(",a,,b,".split(",")), show("aaa".split("a")), show("aaa".split("aa")), show("abc".split("abc")), show("abc".split("abcd")));
console.log(show("\uD83D\uDE00x".split("")), show("\uD83D\uDE00".split("\uDE00")));
console.log(show("1n2n3".split(null)), show("1null2".split(null)), show("a1b1c".split(1)), show("atrueb".split(true)));
// separator coercion happens before limit coercion, and both before the empty-this shortcut
const log = [];
const sep = { toString() { log.push("sep"); return ","; } };
const lim = { valueOf() { log.push("lim"); return 1; } };
console.log(show("x,y".split(sep, lim)), log.join(","));
log.length = 0;
console.log(show("".split(sep, lim)), log.join(","));
// Symbol.split dispatch on object separators
const custom = { [Symbol.split](s, l) { return ["custom", s, String(l)]; } };
console.log(show("hello".split(custom, 3)), show("hello".split(custom)));
const nullSplitter = { [Symbol.split]: null, toString() { return "l"; } };
console.log(show("hello".split(nullSplitter)));
try { "x".split({ [Symbol.split]: 5 }); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// regexp separators
console.log(show("a1b22c".split(/\d+/)), show("a1b2c".split(/(\d)/)), show("abc".split(/(?:)/)), show("a,b".split(/(,)|(;)/)));
console.log(show("abc".split(/b/, 1)), show("A b  c".split(/\s*/)), show("test".split(/(t)/)), show("".split(/x/)), show("".split(/(?:)/)));
console.log(show("\uD83D\uDE00\uD83D\uDE01".split(/(?:)/u)), show("\uD83D\uDE00\uD83D\uDE01".split(/(?:)/)).length);
// this coercion
try { String.prototype.split.call(null, ","); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(show(String.prototype.split.call(12345, 3)), show(String.prototype.split.call([1, 2, 3], ",")), show(String.prototype.split.call({}, " ")));
console.log(String.prototype.split.length, show("a b c".split(" ", { valueOf: () => 2 })));
