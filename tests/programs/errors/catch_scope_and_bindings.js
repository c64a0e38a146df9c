// catch parameter scoping: block-scoped, destructuring in catch, shadowing, var redeclaration
try { throw { code: 42, detail: { msg: 'nested' } }; } catch ({ code, detail: { msg } }) { console.log(code, msg); }
try { throw [1, 2]; } catch ([a, b = 'dflt', c = 'c']) { console.log(a, b, c); }
let e = 'outer';
try { throw 'inner'; } catch (e) { e = 'modified'; }
console.log(e);
try { throw 1; } catch (err) { var err = 'var in catch'; var fresh = 'visible'; }
console.log(typeof err, fresh);
const fns = [];
for (let i = 0; i < 2; i++) { try { throw i; } catch (x) { fns.push(() => x); } }
console.log(fns.map((f) => f()));
try { try { throw new Error('a'); } catch (x) { throw new Error(x.message + 'b'); } } catch (y) { console.log(y.message); }
try { throw undefined; } catch (u) { console.log(u, typeof u); }
