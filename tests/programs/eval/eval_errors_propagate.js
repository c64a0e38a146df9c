function f() { try { eval("throw new TypeError('from eval')"); } catch (e) { return e.name + ': ' + e.message; } }
console.log(f());
function g() { try { eval("undefinedName + 1"); } catch (e) { return e.name + ': ' + e.message; } }
console.log(g());
function h() { try { eval("null.x"); } catch (e) { return e.constructor === TypeError; } }
console.log(h());
function afterError() { try { eval("var partial = 1; throw 'x'; var never = 2"); } catch (e) {} return [typeof partial, typeof never, partial]; }
console.log(afterError());
function syntaxErrorNoSideEffects() { try { eval("var sneaky = 1; @"); } catch (e) { return [e.name, typeof sneaky]; } }
console.log(syntaxErrorNoSideEffects());
try { eval("throw 5"); } catch (e) { console.log(typeof e, e); }
