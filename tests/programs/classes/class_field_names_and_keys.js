// Class field keys: string, numeric, computed symbol, "constructor" forbidden as field; inferred function names
const sym = Symbol('symField');
class K {
  'quoted field' = 1;
  42 = 'num';
  [sym] = () => {};
  ['comp' + 'uted'] = function () {};
  plain = function () {};
  arrowField = () => {};
  static staticFn = function () {};
  static [Symbol.for('s')] = () => {};
}
const k = new K();
console.log(Object.keys(k), k[42], k['quoted field']);
console.log(k[sym].name, k.computed.name, k.plain.name, k.arrowField.name, K.staticFn.name, K[Symbol.for('s')].name);
