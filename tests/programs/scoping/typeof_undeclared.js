console.log(typeof neverDeclared);
console.log(typeof globalThis.neverDeclared);
console.log((function () { return typeof alsoNever; })());
console.log((function () { 'use strict'; return typeof strictNever; })());
console.log(typeof typeof neverDeclared);
try { neverDeclared; } catch (e) { console.log(e.name + ': ' + e.message); }
try { neverDeclared(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { neverDeclared.prop; } catch (e) { console.log(e.name + ': ' + e.message); }
try { neverDeclared += 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { neverDeclared++; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(typeof (() => neverDeclared));
function withTypeof() { with ({}) return typeof neverDeclared; }
console.log(withTypeof());
function evalTypeof() { return eval("typeof neverDeclared"); }
console.log(evalTypeof());
