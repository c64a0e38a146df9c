class Temperature {
  #c = 0;
  get celsius() { return this.#c; }
  set celsius(v) { if (typeof v !== 'number') throw new TypeError('not a number'); this.#c = v; }
  get fahrenheit() { return this.#c * 9 / 5 + 32; }
  set fahrenheit(f) { this.#c = (f - 32) * 5 / 9; }
}
const t = new Temperature();
t.fahrenheit = 212;
console.log(t.celsius, t.fahrenheit, Object.keys(t), Object.getOwnPropertyNames(Temperature.prototype));
try { t.celsius = 'hot'; } catch (e) { console.log(e.message); }
class Kelvin extends Temperature {
  get kelvin() { return this.celsius + 273.15; }
  get celsius() { return super.celsius; }
  set celsius(v) { console.log('override set', v); super.celsius = v; }
}
const k = new Kelvin();
k.celsius = 10;
console.log(k.kelvin, k.fahrenheit);
// overriding only the getter hides the inherited setter
class OnlyGet extends Temperature { get celsius() { return 'only get'; } }
const og = new OnlyGet();
og.celsius = 50;
console.log(og.celsius, og.fahrenheit);
const d = Object.getOwnPropertyDescriptor(Temperature.prototype, 'celsius');
console.log(d.enumerable, d.configurable, typeof d.get, typeof d.set);
