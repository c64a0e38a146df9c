// finally with errors: overriding, completion values, errors inside finally, nested rethrow
function a() { try { throw new Error('try'); } finally { console.log('a finally'); } }
try { a(); } catch (e) { console.log('a caught', e.message); }
function b() { try { throw new Error('try'); } finally { throw new Error('finally'); } }
try { b(); } catch (e) { console.log('b caught', e.message); }
function c() { try { return 'try'; } finally { console.log('c finally'); } }
console.log(c());
function d() { for (let i = 0; i < 3; i++) { try { if (i === 1) throw new Error('loop ' + i); } catch (e) { console.log('d caught', e.message); continue; } finally { console.log('d finally', i); } } return 'done'; }
console.log(d());
function e() { try { try { throw 1; } catch (x) { throw x + 1; } finally { console.log('inner finally'); } } catch (y) { return 'outer got ' + y; } }
console.log(e());
function f() { let i = 0; while (true) { try { i++; if (i > 2) break; } finally { if (i === 3) console.log('f finally on break'); } } return i; }
console.log(f());
console.log(eval('try { 1 } finally { 2 }'), eval('try { throw 0 } catch { 3 } finally { 4 }'));
