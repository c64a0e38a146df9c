// Errors a derived constructor's [[Construct]] raises after the body has completed are not
// catchable inside the body; `this` must be bound before a super[...] key is evaluated.
function report(label, f) {
  try { console.log(label, f()); }
  catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}
class B0 { constructor() { throw new Error("base ran"); } }
class D0 extends B0 { constructor() { super[super()]; } }
report("super[super()]:", () => new D0());
class D1 extends B0 { constructor() { super[super()] = 0; } }
report("super[super()] = 0:", () => new D1());
class D2 extends B0 { constructor() { super[super()]++; } }
report("super[super()]++:", () => new D2());
class E extends class {} { constructor() { super(); try { return 0; } catch (e) { console.log("caught inside"); return; } } }
report("derived return 0:", () => new E());
class E2 extends class {} { constructor() { var f = () => super(); try { return 0; } catch (e) { f(); } } }
report("derived return 0, super() from an arrow in catch:", () => new E2());
class E3 extends class {} { constructor() { super(); try { return 1; } finally { console.log("finally runs first"); } } }
report("derived return 1 through finally:", () => new E3());
class E4 extends class { constructor() { this.ok = true; } } { constructor() { super(); return undefined; } }
report("derived return undefined:", () => new E4().ok);
