// Function.prototype.apply and Reflect.apply with array-likes, holes, getters and huge lengths
function args() { return Array.from(arguments); }
console.log(args.apply(null, { length: 3, 0: 'a', 2: 'c' }), args.apply(null, [, 'hole']), args.apply(null, new Set([1])));
const log = [];
const withGetters = { get length() { log.push('length'); return 2; }, get 0() { log.push('0'); return 'x'; }, get 1() { log.push('1'); return 'y'; } };
console.log(args.apply(null, withGetters), log);
console.log(Reflect.apply(args, null, ['r']), args.apply(undefined, undefined), args.apply(null, null));
try { Reflect.apply(args, null); } catch (e) { console.log(e.constructor.name, e.message); }
try { args.apply(null, 'abc'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(args.apply(null, { length: '2', 0: 1, 1: 2 }), args.apply(null, { length: -1 }), args.apply(null, { length: 1.9, 0: 'x' }));
