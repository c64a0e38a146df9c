// Reflect returns booleans where Object statics throw or return the object
const frozen = Object.freeze({ a: 1 });
console.log(Reflect.defineProperty(frozen, 'a', { value: 2 }));
try { Object.defineProperty(frozen, 'a', { value: 2 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(Reflect.setPrototypeOf(frozen, null));
try { Object.setPrototypeOf(frozen, null); } catch (e) { console.log(e.message); }
console.log(Reflect.preventExtensions({}), Object.preventExtensions({}) instanceof Object);
console.log(Reflect.getPrototypeOf([]) === Object.getPrototypeOf([]));
try { Reflect.getPrototypeOf(1); } catch (e) { console.log(e.message); }
console.log(Object.getPrototypeOf(1) === Number.prototype);
console.log(Reflect.ownKeys({ a: 1, [Symbol.for('s')]: 2 }).length, Object.keys({ a: 1, [Symbol.for('s')]: 2 }).length);
console.log(Reflect.isExtensible(Object.seal({})), Object.isExtensible(1));
try { Reflect.isExtensible(1); } catch (e) { console.log(e.message); }
console.log(Reflect.deleteProperty(frozen, 'a'), delete frozen.a);
