// Symbol: descriptions, conversions, wrappers, registry
const log = console.log;
const s = Symbol('desc');
log(typeof s, s.toString(), s.description, String(s), Symbol().description, Symbol('').description);
log(Symbol(undefined).description, Symbol(null).description, Symbol(12).description, Symbol({}).description);
log(s === Symbol('desc'), Symbol.for('k') === Symbol.for('k'), Symbol.keyFor(Symbol.for('k')), Symbol.keyFor(s));
try { new Symbol(); } catch (e) { log(e.constructor.name, e.message); }
try { s + ''; } catch (e) { log(e.constructor.name, e.message); }
try { `${s}`; } catch (e) { log(e.constructor.name, e.message); }
try { +s; } catch (e) { log(e.constructor.name, e.message); }
try { Symbol.keyFor('str'); } catch (e) { log(e.constructor.name, e.message); }
log(!!s, !s, Object(s) == s, typeof Object(s), Object(s) instanceof Symbol);
const w = Object(s);
log(w.valueOf() === s, w.description, w.toString(), Object.prototype.toString.call(w));
log(Symbol.prototype[Symbol.toStringTag], Object.prototype.toString.call(s));
log(Symbol.length, Symbol.name, Symbol.for.length, Symbol.keyFor.length);
log(Symbol.for('x').description, Symbol.for().description, Symbol.keyFor(Symbol.for()));
log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance);
const o = {[s]: 1, regular: 2};
log(Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o), s in o);
log(Reflect.ownKeys({b: 1, [Symbol('z')]: 2, a: 3, 1: 4}));
log([Symbol('a'), Symbol.for('b')].map(String));
log(Object.getOwnPropertyNames(Symbol).filter((k) => !/ispose/.test(k)).sort());
log(Object.getOwnPropertyDescriptor(Symbol, 'iterator'));
log(Symbol.prototype.toString.call(Object(Symbol('boxed'))));
try { Symbol.prototype.toString.call('x'); } catch (e) { log(e.constructor.name, e.message); }
try { Symbol.prototype.description; } catch (e) { log(e.constructor.name); }
log(Symbol.prototype[Symbol.toPrimitive].call(s) === s);
log(s.description === s.valueOf().description);
log([s].includes(s), new Set([s, s]).size, new Map([[s, 1]]).get(s));
