// Object.fromEntries: iterables, Map, key coercion, errors
const log = console.log;
log(Object.fromEntries([['a', 1], ['b', 2]]));
log(Object.fromEntries(new Map([['x', {y: 1}], [1, 'one']])));
log(Object.fromEntries([[Symbol.iterator, 1]]));
log(Object.fromEntries([[{toString() { return 'k'; }}, 'v']]));
log(Object.fromEntries([['a', 1], ['a', 2]]));
log(Object.fromEntries([]));
log(Object.fromEntries(function* () { yield ['g', 1]; yield ['h', 2]; }()));
try { Object.fromEntries([1]); } catch (e) { log(e.constructor.name, e.message); }
try { Object.fromEntries(null); } catch (e) { log(e.constructor.name); }
try { Object.fromEntries(5); } catch (e) { log(e.constructor.name); }
log(Object.fromEntries([['__proto__', 1]]).__proto__ === 1);
log(Object.fromEntries(Object.entries({a: 1, b: [2]})));
try { Object.fromEntries(['ab', 'cd']); } catch (e) { log(e.constructor.name, e.message); }
log(Object.fromEntries.length);
let closed = false;
const it = {[Symbol.iterator]() { return {next() { return {value: 5, done: false}; }, return() { closed = true; return {}; }}; }};
try { Object.fromEntries(it); } catch (e) { log(e.constructor.name, closed); }
