const s1 = Symbol("d"), s2 = Symbol("d");
console.log(s1 === s2, s1.toString(), s1.description, Symbol().description, typeof s1);
console.log(Symbol.for("k") === Symbol.for("k"), Symbol.keyFor(Symbol.for("k")), Symbol.keyFor(s1));
try { new Symbol(); } catch (e) { console.log(e.constructor.name); }
try { s1 + ""; } catch (e) { console.log(e.constructor.name); }
try { +s1; } catch (e) { console.log(e.constructor.name); }
console.log(String(s1), !!s1, [s1].length);
const o = { [s1]: 1, regular: 2 };
console.log(Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o).length, Reflect.ownKeys(o).length);
const wrapped = Object(s1);
console.log(typeof wrapped, wrapped.valueOf() === s1, wrapped == s1);
