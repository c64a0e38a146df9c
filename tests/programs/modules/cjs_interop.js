// CommonJS seen from ESM: default is module.exports, detected names become
// named exports, and the CJS module runs in import order.
import './fixtures/side_effect.js';
import legacy, { answer, greet } from './fixtures/legacy.cjs';
import * as ns from './fixtures/legacy.cjs';

console.log(answer, greet('esm'), legacy.later);
console.log(Object.keys(ns), ns.default === legacy);
const again = await import('./fixtures/legacy.cjs');
console.log(again === ns);
