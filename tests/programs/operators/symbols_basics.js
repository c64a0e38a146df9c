// Symbols: descriptions, registry, well-known symbols, implicit conversion errors, as keys
const s1 = Symbol('desc'), s2 = Symbol('desc');
console.log(s1 === s2, s1.toString(), s1.description, Symbol().description, Symbol('').description, Symbol(undefined).description, Symbol(null).description);
console.log(Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(s1), Symbol.keyFor(Symbol.iterator));
try { Symbol.keyFor('str'); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
try { s1 + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { `${s1}`; } catch (e) { console.log(e.constructor.name, e.message); }
try { s1 < 1; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(String(s1), [s1].length, !!s1, typeof Object(s1), Object(s1) == s1, Object(s1).description);
const o = { [s1]: 1, regular: 2 };
console.log(Object.keys(o), Object.getOwnPropertySymbols(o).length, JSON.stringify(o), s1 in o, o[s1]);
console.log(['iterator', 'asyncIterator', 'hasInstance', 'toPrimitive', 'toStringTag', 'unscopables', 'isConcatSpreadable', 'match', 'replace', 'search', 'split', 'species', 'matchAll']
  .map(n => typeof Symbol[n] === 'symbol' ? Symbol[n].description : 'missing:' + n).join(' '));
console.log(Symbol.length, Symbol.name, Object.getOwnPropertyDescriptor(Symbol, 'iterator').writable, Symbol.prototype[Symbol.toStringTag]);
console.log(Symbol(123).description, Symbol({ toString() { return 'obj'; } }).description);
const sym = Symbol('k');
const copy = { ...{ [sym]: 'copied' } };
console.log(copy[sym], Object.assign({}, { [sym]: 'assigned' })[sym]);
