// Class bodies are strict: this in detached methods, assignments to undeclared, octal, arguments/caller
class S {
  detached() { return this; }
  undeclared() { try { undeclaredInClass = 1; } catch (e) { return e.constructor.name + ': ' + e.message; } }
  readOnly() { try { Object.freeze(this).x = 1; } catch (e) { return e.constructor.name; } }
  args(a) { a = 2; return arguments[0]; }
  static calleeAccess() { try { return arguments.callee; } catch (e) { return e.constructor.name; } }
}
const s = new S();
const { detached } = s;
console.log(detached(), s.undeclared(), s.readOnly(), s.args(1), S.calleeAccess());
console.log(typeof undeclaredInClass);
