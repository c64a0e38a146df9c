// A generator's return() arriving while an array destructuring (or a for-of loop) is in
// progress closes the iterator: errors from return() and a non-object result surface.
function report(label, f) {
  try { console.log(label, f()); }
  catch (e) { console.log(label, e.constructor.name + ": " + e.message); }
}
function iterable(ret) {
  var log = [];
  var it = {
    next() { log.push("next"); return { done: false, value: 1 }; },
    return() { log.push("return"); return ret(); },
  };
  return { log, [Symbol.iterator]() { return it; } };
}
function run(label, ret, body) {
  var src = iterable(ret);
  var g = body(src);
  g.next();
  report(label, () => JSON.stringify(g.return("done")));
  console.log("  log:", src.log.join(","));
}
var throwing = () => { throw new RangeError("from return()"); };
var nullish = () => null;
var fine = () => ({});
var x;
run("element target, return() throws:", throwing, function* (src) { [{}[yield]] = src; });
run("element target, return() gives null:", nullish, function* (src) { [{}[yield]] = src; });
run("element target, return() gives object:", fine, function* (src) { [{}[yield]] = src; });
run("rest target, return() throws:", throwing, function* (src) { [...{}[yield]] = src; });
run("rest target, return() gives null:", nullish, function* (src) { [...{}[yield]] = src; });
run("nested pattern, return() gives null:", nullish, function* (src) { [{ a: x = yield }] = src; });
run("for-of body, return() throws:", throwing, function* (src) { for (var v of src) yield v; });
run("for-of body, return() gives null:", nullish, function* (src) { for (var v of src) yield v; });
run("for-of body, return() fine:", fine, function* (src) { for (var v of src) yield v; });
report("throw wins over return() errors:", () => {
  var src = iterable(throwing);
  var [a = (() => { throw new TypeError("default threw"); })()] = { [Symbol.iterator]() { return { next() { return { done: false, value: undefined }; }, return() { throw new RangeError("ignored"); } }; } };
});
