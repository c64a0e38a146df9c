const o = Object.create(null);
console.log(Object.getPrototypeOf(o), 'toString' in o);
const p = Object.create({ greet() { return 'hi ' + this.name; } }, {
  name: { value: 'p', enumerable: true },
  age: { get() { return 42; } },
});
console.log(p.greet(), p.age, Object.keys(p));
try { Object.create(5); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.create(); } catch (e) { console.log(e.message); }
try { Object.create({}, null); } catch (e) { console.log(e.message); }
try { Object.create({}, { bad: 1 }); } catch (e) { console.log(e.message); }
const q = {};
Object.defineProperties(q, { a: { value: 1, enumerable: true }, b: { value: 2 } });
console.log(Object.keys(q), q.b);
// all descriptors are validated before any property is defined
const r = {};
try { Object.defineProperties(r, { ok: { value: 1 }, broken: { get: 5 } }); } catch (e) { console.log(e.message); }
console.log(Object.getOwnPropertyNames(r));
try { Object.defineProperties(1, {}); } catch (e) { console.log(e.message); }
const withSym = Object.defineProperties({}, { [Symbol.for('k')]: { value: 'sym', enumerable: true } });
console.log(withSym[Symbol.for('k')]);
const hiddenDesc = Object.defineProperty({}, 'skip', { value: { value: 1 }, enumerable: false });
console.log(Object.getOwnPropertyNames(Object.defineProperties({}, hiddenDesc)));
