// miscellany: Error.prototype properties, writable/configurable message, name lookup, JSON of errors
console.log(Object.getOwnPropertyNames(Error.prototype).sort().join());
const nd = Object.getOwnPropertyDescriptor(Error.prototype, "name");
console.log(nd.value, nd.writable, nd.enumerable, nd.configurable);
// errors serialize to {} (no enumerable own props) unless props added
const e = new Error("secret");
console.log(JSON.stringify(e), Object.keys(e).length);
e.code = "E1";
console.log(JSON.stringify(e));
// spreading an error only copies enumerable own properties
console.log(JSON.stringify({ ...new TypeError("t") }));
// assign message
const e2 = new RangeError("a");
e2.message = 42;
console.log(e2.message, typeof e2.message, String(e2));
// delete message falls back to prototype ""
delete e2.message;
console.log(JSON.stringify(e2.message), String(e2));
// name lookup is dynamic
const e3 = new TypeError("x");
TypeError.prototype.name = "Renamed";
console.log(String(e3));
TypeError.prototype.name = "TypeError";
// Object.prototype.toString on errors and error-like objects
console.log(Object.prototype.toString.call(new URIError()), Object.prototype.toString.call({ name: "Error", message: "x" }));
// errors are extensible and can be frozen
const f = Object.freeze(new Error("frozen"));
try { "use strict"; f.message = "nope"; } catch (err) { console.log("sloppy assign ignored?", f.message); }
(function () { "use strict"; try { f.message = "nope"; } catch (err) { console.log(err.constructor.name); } })();
// catch parameter is whatever was thrown
for (const v of [1, "s", null, undefined, { a: 1 }]) {
  try { throw v; } catch (x) { console.log(typeof x, x === v); }
}
// instanceof with Symbol.hasInstance on errors
class Duck { static [Symbol.hasInstance](o) { return typeof o.message === "string"; } }
console.log(new Error("x") instanceof Duck, { message: "y" } instanceof Duck, {} instanceof Duck);
// errors thrown by builtins are real instances
try { [].reduce((a, b) => a); } catch (err) { console.log(err instanceof TypeError, Object.getPrototypeOf(err) === TypeError.prototype); }
try { new Uint8Array(-1); } catch (err) { console.log(err instanceof RangeError); }
try { JSON.parse("{"); } catch (err) { console.log(err instanceof SyntaxError, err.name); }
try { Symbol() + ""; } catch (err) { console.log(err instanceof TypeError); }
try { encodeURI("\ud800"); } catch (err) { console.log(err.constructor.name + ": " + err.message); }
// Error.captureStackTrace exists (V8) and sets stack own property
const holder = {};
Error.captureStackTrace(holder);
console.log(typeof holder.stack, Object.hasOwn(holder, "stack"));
