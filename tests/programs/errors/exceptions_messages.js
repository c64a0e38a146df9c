function tryIt(f) {
  try { f(); console.log("no error"); }
  catch (e) { console.log(e.name + ": " + e.message); }
}
tryIt(() => undefinedVariable);
tryIt(() => { const o = undefined; return o.foo; });
tryIt(() => { const o = null; return o.bar; });
tryIt(() => { let x = 1; x(); });
tryIt(() => { const o = {}; o.method(); });
tryIt(() => { const c = 1; c = 2; });
tryIt(() => { y; let y = 1; });
tryIt(() => { throw new TypeError("custom type"); });
tryIt(() => { throw new RangeError("out of range"); });
tryIt(() => { null.x = 1; });
tryIt(() => new (function () {}.foo)());
tryIt(() => { throw new Error(); });
try { throw 42; } catch (e) { console.log("caught", e, typeof e); }
try { throw { code: 7 }; } catch ({ code }) { console.log("code", code); }
const e = new Error("msg");
console.log(e.name, e.message, e instanceof Error, String(e));
console.log(new TypeError("t") instanceof Error, Object.prototype.toString.call(e));
