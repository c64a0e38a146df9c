function* withFinally() { try { yield 1; yield 2; } finally { console.log("gen cleanup"); } }
for (const x of withFinally()) { console.log(x); break; }
const g = withFinally(); g.next();
console.log(g.return(42), g.next());
function* catchNotRun() { try { yield 1; } catch (e) { console.log("should not run"); } finally { console.log("finally runs"); } }
const c = catchNotRun(); c.next(); console.log(c.return("r"));
function* overrides() { try { yield 1; } finally { return "from finally"; } }
const o = overrides(); o.next(); console.log(o.return("ignored"));
function* nested() { try { try { yield "a"; } finally { console.log("inner"); } } finally { console.log("outer"); } }
const n = nested(); n.next(); console.log(n.return(1));
function* innerGen() { try { yield 1; yield 2; } finally { console.log("inner gen closed"); } }
function* loops() { for (const v of innerGen()) { yield v * 10; } }
const l = loops(); console.log(l.next()); console.log(l.return("done"));
const [first] = withFinally();
console.log(first);
