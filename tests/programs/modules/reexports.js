import { only1, only2, total, increment, counterNs, renamedOnly1 } from './fixtures/reexport.js';
import * as star1 from './fixtures/star1.js';

console.log(only1, only2, renamedOnly1);
console.log('total', total);
increment();
console.log('total is live', total, counterNs.count);
console.log('default not re-exported by export *:', 'default' in counterNs, star1.default);
