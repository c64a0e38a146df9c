// Top-level await: the dependency finishes before its importer runs; a
// synchronous sibling still evaluates in order.
import './fixtures/tla_sibling.js';
import { parent } from './fixtures/tla_parent.js';
import { ready } from './fixtures/tla_dep.js';
console.log('main', parent, ready);
const v = await Promise.resolve('awaited in main');
console.log(v);
setTimeout(() => console.log('timer after main'), 0);
await new Promise(r => setTimeout(r, 10));
console.log('main done');
