// Where implicit conversions happen: property keys, array joins, isNaN, comparisons, switch (none)
const log = [];
const spy = { toString() { log.push('toString'); return 'spy'; }, valueOf() { log.push('valueOf'); return 7; } };
const o = {};
o[spy] = 1;
console.log(log.splice(0), Object.keys(o));
console.log([spy, spy].join('+'), log.splice(0));
console.log(isNaN(spy), Number.isNaN(spy), log.splice(0));
console.log(spy > 6, log.splice(0));
switch (spy) { case 7: console.log('matched 7'); break; case 'spy': console.log('matched spy'); break; default: console.log('no coercion in switch'); }
console.log(log.splice(0));
console.log([10, 9, 1].sort(), [10, 9, 1].sort((a, b) => a - b), ['b', 'a', 10, 9, undefined].sort());
console.log('abc'.indexOf(spy), log.splice(0));
console.log(Math.floor(spy), Math.min(spy, 8), log.splice(0));
console.log(new Array(3).fill(spy).join('').length, log.length);
