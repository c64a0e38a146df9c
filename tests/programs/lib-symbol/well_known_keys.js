// well-known symbols as keys customizing builtins
const wk = ["asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll", "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables"];
console.log(wk.map(n => typeof Symbol[n] === "symbol" && Symbol[n].description === "Symbol." + n).every(Boolean));
const d = Object.getOwnPropertyDescriptor(Symbol, "iterator");
console.log(d.writable, d.enumerable, d.configurable);
Symbol.iterator = "changed";
console.log(typeof Symbol.iterator);
// Symbol.match false makes regexp usable by startsWith/includes
const re = /a/;
try { "/a/".startsWith(re); } catch (e) { console.log(e.constructor.name); }
re[Symbol.match] = false;
console.log("/a/".startsWith(re), "x/a/".includes(re));
// object with Symbol.match truthy is treated as regexp
try { "abc".endsWith({ [Symbol.match]: true }); } catch (e) { console.log(e.constructor.name); }
// Symbol.replace / search / split on plain objects
const custom = {
  flags: "g",
  [Symbol.replace](s, r) { return `replace(${s},${r})`; },
  [Symbol.search](s) { return `search(${s})`; },
  [Symbol.split](s, lim) { return `split(${s},${lim})`; },
  [Symbol.match](s) { return `match(${s})`; },
  [Symbol.matchAll](s) { return `matchAll(${s})`; },
};
console.log("str".replace(custom, "R"), "str".search(custom), "str".split(custom, 2), "str".match(custom), "str".matchAll(custom));
console.log("str".replaceAll(custom, "Q"));
// Symbol.toPrimitive hints
const tp = { [Symbol.toPrimitive](hint) { return hint === "number" ? 42 : "hint:" + hint; } };
console.log(+tp, `${tp}`, tp + "", tp * 2, String(tp), [tp] + "", new Date(0) < tp);
// Symbol.toStringTag on classes and objects
class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } }
console.log(String(new Tagged()), Object.prototype.toString.call({ [Symbol.toStringTag]: 7 }));
// Symbol.isConcatSpreadable
const spreadable = { length: 2, 0: "x", 1: "y", [Symbol.isConcatSpreadable]: true };
const arr = [1, 2]; arr[Symbol.isConcatSpreadable] = false;
console.log(JSON.stringify([0].concat(spreadable, arr)));
// Symbol.unscopables
const scope = { hidden: "h", shown: "s", [Symbol.unscopables]: { hidden: true } };
var hidden = "outer";
with (scope) { console.log(hidden, shown); }
// Symbol.hasInstance
const Even = { [Symbol.hasInstance](n) { return n % 2 === 0; } };
console.log(2 instanceof Even, 3 instanceof Even);
// Symbol.species on Array subclass
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const ma = MyArr.from([1, 2, 3]);
console.log(ma instanceof MyArr, ma.map(x => x) instanceof MyArr, ma.filter(Boolean).constructor.name);
// Symbol.iterator on plain object
const iterable = { *[Symbol.iterator]() { yield "i1"; yield "i2"; } };
console.log([...iterable].join(), Array.from(iterable).length);
// Symbol.asyncIterator used by for await
(async () => {
  const ai = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => (i < 2 ? { value: i++, done: false } : { done: true }) }; } };
  const got = [];
  for await (const v of ai) got.push(v);
  console.log("async", got.join());
})();
