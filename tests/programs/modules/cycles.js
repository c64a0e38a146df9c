// A cycle: cycle_a -> cycle_b -> cycle_a. Hoisted functions are usable before
// evaluation; an uninitialized const is in its TDZ.
import { a, fromA } from './fixtures/cycle_a.js';
import { b } from './fixtures/cycle_b.js';
console.log('main sees', a, b);
console.log(fromA());
