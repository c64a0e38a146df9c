(0, eval)("var g1 = 'var'; let g2 = 'let (eval-local)';");
console.log(globalThis.g1, globalThis.g2, typeof g2);
globalThis.g3 = 'property';
console.log((0, eval)("g3"), (0, eval)("typeof g3"));
(0, eval)("g4 = 'implicit'");
console.log(Object.getOwnPropertyDescriptor(globalThis, 'g4'));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'g1'));
