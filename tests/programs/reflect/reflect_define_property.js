const o = {};
console.log(Reflect.defineProperty(o, 'a', { value: 1 }));
console.log(Reflect.defineProperty(o, 'a', { value: 2 }));
console.log(Reflect.defineProperty(o, 'a', { value: 1 }));
console.log(Reflect.defineProperty(Object.preventExtensions({}), 'x', { value: 1 }));
console.log(Reflect.defineProperty([], 'length', { value: 5 }));
console.log(Reflect.defineProperty(Object.freeze([1]), 0, { value: 2 }));
try { Reflect.defineProperty({}, 'x', 1); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Reflect.defineProperty({}, 'x', { get: 1 }); } catch (e) { console.log(e.message); }
try { Reflect.defineProperty([], 'length', { value: -1 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Reflect.defineProperty(o, Symbol.iterator, { value: function* () { yield 1; }, configurable: true }), [...o]);
console.log(Reflect.defineProperty(new String('ab'), '0', { value: 'a' }), Reflect.defineProperty(new String('ab'), '0', { value: 'z' }));
console.log(Reflect.defineProperty(new String('ab'), '5', { value: 'z' }));
