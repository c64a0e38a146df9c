// A non-function callback: TypeError with node's code and message.
const bad = [undefined, null, "x", 42, true, {}, [], Symbol("s"), 10n, "a long string that is cut off somewhere"];
for (const fn of [setTimeout, setInterval, setImmediate]) {
  for (const v of bad) {
    try {
      fn(v, 1);
      console.log("no error?");
    } catch (e) {
      console.log(fn.name, e.name, e.code, e instanceof TypeError, e.message);
    }
  }
}
try { setTimeout() } catch (e) { console.log(e.message, Object.keys(e)) }
class Foo {}
try { setTimeout(new Foo()) } catch (e) { console.log(e.message) }
try { queueMicrotask(1) } catch (e) { console.log(e.code, e.message) }
