try { new Early(); } catch (e) { console.log("class TDZ:", e.constructor.name); }
class Early {}
class Inner { static self() { return Inner; } }
const Saved = Inner;
console.log(Saved.self() === Saved);
try { class Bad extends Bad {} } catch (e) { console.log("extends self:", e.constructor.name); }
const Expr = class Named { who() { return typeof Named; } };
console.log(new Expr().who(), typeof Named);
class Immutable { static tryAssign() { try { Immutable = 1; } catch (e) { return e.constructor.name; } } }
console.log(Immutable.tryAssign());
let Reassignable = class {};
Reassignable = 5;
console.log(Reassignable);
