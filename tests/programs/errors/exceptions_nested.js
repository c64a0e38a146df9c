function level3() { throw new Error("deep"); }
function level2() { try { level3(); } finally { console.log("cleanup 2"); } }
function level1() {
  try { level2(); }
  catch (e) { console.log("level1 caught:", e.message); throw new TypeError("rethrown: " + e.message); }
}
try { level1(); } catch (e) { console.log(e.name, e.message); }
function loopWithThrow() {
  const results = [];
  for (let i = 0; i < 5; i++) {
    try {
      if (i % 2) throw i;
      results.push("ok " + i);
    } catch (n) {
      results.push("err " + n);
      if (n === 3) break;
    } finally {
      results.push("f" + i);
    }
  }
  return results;
}
console.log(loopWithThrow());
const errs = [new Error("a"), new TypeError("b"), new RangeError("c"), new ReferenceError("d"), new SyntaxError("e")];
console.log(errs.map(e => e.name + "/" + (e instanceof Error)));
try { try { throw 1; } finally { console.log("inner finally"); } } catch (x) { console.log("outer", x); }
function finallyOverridesThrow() { try { throw new Error("lost"); } finally { return "finally wins"; } }
console.log(finallyOverridesThrow());
