// Imports are live views of the exporter's bindings, and read-only.
import { count, increment, reset, later } from './fixtures/counter.js';
import * as counter from './fixtures/counter.js';

console.log('count', count);
increment();
increment();
console.log('count after two increments', count, counter.count);
reset();
console.log('after reset', count);
console.log('var export', later);
try {
  count = 10;
} catch (e) {
  console.log(e.name, e.message);
}
try {
  counter.count = 10;
} catch (e) {
  console.log(e.name + ':', e.message.includes('count') || e.message);
}
console.log('still', count);
const f = () => count;
increment();
console.log('closure reads live binding', f());
