var varFns = [], letFns = [];
for (var i = 0; i < 3; i++) varFns.push(() => i);
for (let j = 0; j < 3; j++) letFns.push(() => j);
console.log(varFns.map(f => f()), letFns.map(f => f()));
const iife = [];
for (var k = 0; k < 3; k++) (function (k) { iife.push(() => k); })(k);
console.log(iife.map(f => f()));
