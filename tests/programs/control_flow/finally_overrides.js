function a() { try { return 1; } finally { return 2; } }
function b() { try { throw new Error("x"); } finally { return "swallowed"; } }
function c() { for (;;) { try { return "never"; } finally { break; } } return "broke out"; }
function d() { let i = 0; while (i < 3) { try { i++; continue; } finally { if (i === 2) return "ret at " + i; } } }
function e() { try { return "value"; } finally { console.log("finally runs before return completes"); } }
console.log(a(), b(), c(), d(), e());
function g() { let x = 1; try { return x; } finally { x = 2; } }
console.log(g());
