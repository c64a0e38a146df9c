// Well-known symbols as protocol hooks
const log = console.log;
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
log(2 instanceof Even, 3 instanceof Even);
const money = {[Symbol.toPrimitive](hint) { return hint === 'number' ? 42 : hint === 'string' ? 'forty-two' : 'default'; }};
log(+money, `${money}`, money + '', money * 2, String(money), [money] + '');
const tagged = {[Symbol.toStringTag]: 'Tagged'};
log(Object.prototype.toString.call(tagged), String(tagged));
class Coll { get [Symbol.toStringTag]() { return 'Coll'; } }
log(Object.prototype.toString.call(new Coll()));
const range = {from: 1, to: 4, *[Symbol.iterator]() { for (let i = this.from; i <= this.to; i++) yield i; }};
log([...range], Array.from(range), Math.max(...range));
const notSpread = [1, 2]; notSpread[Symbol.isConcatSpreadable] = false;
log([0].concat(notSpread).length);
const spreadObj = {length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true};
log([0].concat(spreadObj));
const unscop = [].concat(); log(Object.keys(Array.prototype[Symbol.unscopables]).sort().slice(0, 5));
class MyArr extends Array { static get [Symbol.species]() { return Array; } }
const ma = MyArr.from([1, 2, 3]);
log(ma instanceof MyArr, ma.map((x) => x) instanceof MyArr, ma.filter(Boolean).constructor.name);
log(Symbol.match.description, Symbol.replace.description, Symbol.search.description, Symbol.split.description);
const fakeRe = {[Symbol.split](s) { return ['custom', s]; }, [Symbol.search]() { return 99; }};
log('abc'.split(fakeRe), 'abc'.search(fakeRe));
const asyncIt = {async *[Symbol.asyncIterator]() { yield 'x'; yield 'y'; }};
(async () => { const out = []; for await (const v of asyncIt) out.push(v); log('async', out); })();
log(Object.getOwnPropertyNames(Symbol).filter((k) => typeof Symbol[k] === 'symbol' && !/ispose/.test(k)).sort());
log(typeof Array.prototype[Symbol.iterator], Array.prototype[Symbol.iterator] === Array.prototype.values);
log(Symbol.iterator in String.prototype, Symbol.iterator in {});
