async function* g() {}
const AsyncGeneratorFunction = Object.getPrototypeOf(g);
const AsyncGeneratorPrototype = AsyncGeneratorFunction.prototype;
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);
console.log(Object.getPrototypeOf(g()) === g.prototype);
console.log(Object.getPrototypeOf(g.prototype) === AsyncGeneratorPrototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator]);
console.log(String(AsyncGeneratorPrototype[Symbol.toStringTag]), String(AsyncGeneratorFunction[Symbol.toStringTag]));
console.log(Object.getOwnPropertyNames(AsyncGeneratorPrototype).sort().join());
console.log(g.prototype.constructor === AsyncGeneratorFunction, Object.prototype.hasOwnProperty.call(g.prototype, 'constructor'));
try { new g(); } catch (e) { console.log(e.constructor.name); }
async function af() {}
console.log(af.prototype, Object.getPrototypeOf(af)[Symbol.toStringTag]);
try { new af(); } catch (e) { console.log(e.constructor.name); }
console.log(g().next() instanceof Promise);
