const log = [];
const o = { valueOf() { log.push("valueOf"); return 1; }, toString() { log.push("toString"); return "s"; } };
console.log(o + 1, `${o}`, o == 1, [o] + "", log.join(","));
const sp = Symbol.prototype[Symbol.toPrimitive];
console.log(typeof sp, sp.call(Symbol.iterator) === Symbol.iterator, sp.name, sp.length);
