// ReferenceErrors: undeclared reads, TDZ in many positions, strict assignments, typeof safety
function t(f) { try { const r = f(); console.log('ok', r); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => notDeclared);
t(() => typeof notDeclared);
t(() => { 'use strict'; notDeclared2 = 1; });
t(() => { sloppyGlobal = 1; return typeof sloppyGlobal; });
t(() => { x; let x = 1; });
t(() => { const f = () => y; f(); const y = 1; });
t(() => { const f = () => y; const y = 2; return f(); });
t(() => { switch (1) { case 0: let z = 1; break; case 1: return z; } });
t(() => { let a = a + 1; });
t(() => { for (let i = i; ;) {} });
t(() => { class A extends B {} class B {} });
t(() => { new C(); class C {} });
t(() => { const { p = q, q } = {}; });
t(() => { typeof tdzLet; let tdzLet; });
t(() => delete notDeclared3);
t(() => { function f() { return later; } try { return f(); } finally { var later = 1; } });
