// Where V8 reports errors of operators and assignments: binary operators and stores at the
// operator, reads of compound assignments and updates at the expression start, prefix
// updates store at the property, destructuring stores at the target.
"use strict";
function where(e) { const m = /:(\d+):(\d+)\)?$/m.exec(e.stack.split("\n")[1]); return e.message + " @" + m[1] + ":" + m[2]; }
const s = Symbol(), fz = Object.freeze({x: 1});
try { (function(){ return s   *  1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ return 1n + 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ return (s) /* c */ < 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz.x += 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz["x"] = 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz.x++; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let o = fz; o.x = 2; })(); } catch (e) { console.log(where(e)); }
try { (function(){ return -s; })(); } catch (e) { console.log(where(e)); }
try { (function(){ return s == 1 ? 1 : 2 })(); } catch (e) { console.log(where(e)); }
try { (function(){ return s >= 1 })(); } catch (e) { console.log(where(e)); }
try { (function(){ return "a" in 5 })(); } catch (e) { console.log(where(e)); }
try { (function(){ undeclaredX   = 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ const c = 1; c  = 2; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let t = s; t  += 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let t = s; t ++; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let t = s; ++ t; })(); } catch (e) { console.log(where(e)); }
try { (function(){ ++ fz.x; })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz.x  &&= 5; })(); } catch (e) { console.log(where(e)); }
try { (function(){ [fz.x] = [3]; })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz.x
   = 3; })(); } catch (e) { console.log(where(e)); }
try { (function(){ [fz["x"]] = [3]; })(); } catch (e) { console.log(where(e)); }
try { (function(){ ({a: fz.x} = {a: 3}); })(); } catch (e) { console.log(where(e)); }
try { (function(){ for (fz.x of [1]); })(); } catch (e) { console.log(where(e)); }
try { (function(){ fz["x"]++; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u.x++; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u.x = 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u.x += 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; return u.x < 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u.x ||= 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u["x"] += 1; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; u["x"]--; })(); } catch (e) { console.log(where(e)); }
try { (function(){ let u; --u.x; })(); } catch (e) { console.log(where(e)); }
