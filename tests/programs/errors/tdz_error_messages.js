// TDZ errors name the binding; const assignment errors; class bindings in their own heritage
function t(f) { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => { before; const before = 1; });
t(() => { const f = () => later; f(); let later; });
t(() => { const c = 1; c++; });
t(() => { const c = {}; c.ok = 1; return c; });
t(() => { const [a, b] = [1, 2]; a = 3; });
t(() => { for (const i = 0; i < 2; i++) {} });
t(() => { for (const k in { a: 1, b: 2 }) {} return 'for-in const ok'; });
t(() => { class K extends K {} });
t(() => { const o = { [k]: 1 }; const k = 'x'; });
t(() => { let x = 1; { x = 2; let x; } });
t(() => { function f(a = b) { let b; return a; } return f(); });
