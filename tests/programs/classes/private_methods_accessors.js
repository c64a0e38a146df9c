// Private methods and accessors: not writable, getter-only / setter-only, shared per class, this binding
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
class Temp {
  #c = 0;
  get #f() { return this.#c * 9 / 5 + 32; }
  set #f(v) { this.#c = (v - 32) * 5 / 9; }
  get #onlyGet() { return 'only get'; }
  set #onlySet(v) { this.log = 'set ' + v; }
  #method() { return this; }
  static same(a, b) { return a.#method === b.#method; }
  setF(v) { this.#f = v; return this.#c; }
  getF() { return this.#f; }
  incF() { this.#f += 18; return this.#c; }
  writeGet() { this.#onlyGet = 1; }
  readSet() { return this.#onlySet; }
  writeSet() { this.#onlySet = 2; return this.log; }
  writeMethod() { this.#method = null; }
  detach() { const m = this.#method; return m(); }
}
const a = new Temp(), b = new Temp();
t('set f', () => a.setF(212));
t('get f', () => a.getF());
t('compound f', () => a.incF());
t('write getter-only', () => a.writeGet());
t('read setter-only', () => a.readSet());
t('write setter-only', () => a.writeSet());
t('write method', () => a.writeMethod());
t('same method object', () => Temp.same(a, b));
t('detached this', () => a.detach());
