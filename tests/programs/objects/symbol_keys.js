const s1 = Symbol('one'), s2 = Symbol.for('two');
const o = { [s1]: 1, regular: 2 };
o[s2] = 3;
console.log(o[s1], o[s2], Object.keys(o), Object.getOwnPropertySymbols(o).map(String));
console.log(JSON.stringify(o), s1 in o, Symbol('one') in o);
console.log(Object.assign({}, o)[s1], { ...o }[s2]);
const d = Object.getOwnPropertyDescriptor(o, s1);
console.log(d.value, d.enumerable);
Object.defineProperty(o, Symbol.toStringTag, { value: 'Tagged' });
console.log(String(o), Object.getOwnPropertySymbols(o).length);
const fnName = { [s1]() {}, get [s2]() { return 1; } };
console.log(fnName[s1].name, Object.getOwnPropertyDescriptor(fnName, s2).get.name);
class C { static [Symbol.hasInstance](v) { return v === 42; } }
console.log(42 instanceof C, {} instanceof C);
try { o[s1] + ''; } catch (e) { console.log(e.message); }
console.log(Reflect.ownKeys({ b: 1, [s1]: 1, a: 1, [s2]: 1, 0: 1 }).map(String));
