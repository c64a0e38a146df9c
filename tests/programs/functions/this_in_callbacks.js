// this inside callbacks of builtins: thisArg parameter, strict vs sloppy callbacks
'use strict';
const ctx = { tag: 'ctx' };
console.log([1].map(function () { return this; })[0], [1].map(function () { return this.tag; }, ctx)[0]);
console.log([1].filter(function () { return this === ctx; }, ctx).length, [3].find(function (x) { return this.tag && x; }, ctx));
console.log([1, 2].some(function () { return this === undefined; }));
const results = [];
[1].forEach(function () { results.push(typeof this); }, 5);
[1].forEach(function () { results.push(this); }, null);
console.log(results);
const arrowIgnoresThisArg = [1].map(() => typeof this, { tag: 'ignored' });
console.log(arrowIgnoresThisArg);
