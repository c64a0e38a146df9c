import anon from './fixtures/defaults.js';
import Klass from './fixtures/default_class.js';
import expr, { value } from './fixtures/default_expr.js';
import named, { arrow, 'string name' as stringName, 'default-like' as dl } from './fixtures/default_named.js';
import * as namedNs from './fixtures/default_named.js';

console.log(anon.name, anon());
console.log(Klass.name, new Klass().hello());
console.log(expr, value);
console.log(named.name, named(), arrow.name, stringName, dl);
console.log(Object.keys(namedNs));
console.log(namedNs['string name'], namedNs.default === named);
