// Symbol.toPrimitive and Symbol.toStringTag in everyday operators
class Money {
  constructor(v, cur) { this.v = v; this.cur = cur; }
  [Symbol.toPrimitive](hint) { return hint === 'string' ? `${this.v} ${this.cur}` : this.v; }
  get [Symbol.toStringTag]() { return 'Money'; }
}
const m = new Money(5, 'EUR');
console.log(`${m}`, m + 1, m * 2, m > 4, String(m), m == 5, Object.prototype.toString.call(m), [m] + '');
console.log(JSON.stringify({ m }), Number(m), Math.max(m, 3), isNaN(m));
const weird = { [Symbol.toPrimitive]: undefined, valueOf() { return 1; } };
console.log(weird + 1);
const throwing = { [Symbol.toPrimitive]() { throw new Error('no conversion'); } };
try { throwing + ''; } catch (e) { console.log(e.message); }
const getterTP = { get [Symbol.toPrimitive]() { console.log('lookup'); return () => 7; } };
console.log(getterTP * 1);
Object.defineProperty(Object.prototype, Symbol.toPrimitive, { value: function () { return 'from Object.prototype'; }, configurable: true });
console.log({} + '', [] + '');
delete Object.prototype[Symbol.toPrimitive];
console.log({} + '');
