// == with objects: ToPrimitive(default) is called on the object side only, with a log
const log = [];
const obj = (name, prim) => ({ [Symbol.toPrimitive](hint) { log.push(name + ':' + hint); return prim; } });
console.log(obj('a', 1) == 1, log.splice(0));
console.log('1' == obj('b', 1), log.splice(0));
console.log(obj('c', 1) == obj('d', 1), log.splice(0));
console.log(obj('e', null) == null, log.splice(0));
console.log(obj('f', 'x') == 'x', log.splice(0));
console.log(true == obj('g', 1), log.splice(0));
console.log(obj('h', 1n) == 1, log.splice(0));
console.log(Symbol.iterator == obj('i', Symbol.iterator), log.splice(0));
console.log(obj('j', 0) != 0, log.splice(0));
console.log(obj('k', 5) === 5, log.splice(0));
console.log(undefined == obj('l', undefined), log.splice(0));
