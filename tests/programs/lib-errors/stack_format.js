// stack first line: "Name: message" following the error's name/message at creation
const first = (e) => String(e.stack).split("\n")[0];
console.log(first(new Error("plain")));
console.log(first(new TypeError("type")));
console.log(first(new RangeError("")));
console.log(first(new Error()));
console.log(first(new SyntaxError("multi\nline")));
class MyError extends Error {}
console.log(first(new MyError("mine")));
class ProtoNamed extends Error {}
ProtoNamed.prototype.name = "ProtoNamed";
console.log(first(new ProtoNamed("via proto")));
// stack is an own property
const e = new Error("own");
console.log(Object.prototype.hasOwnProperty.call(e, "stack"), Object.keys(e).length, typeof e.stack);
// changing message after creation does not change stack
e.message = "changed";
console.log(first(e));
// thrown errors from the engine
try { null.x; } catch (err) { console.log(err.constructor.name, first(err).startsWith(err.constructor.name + ": ")); }
try { undefinedVariable; } catch (err) { console.log(first(err)); }
try { (void 0)(); } catch (err) { console.log(err.constructor.name); }
try { new Array(-1); } catch (err) { console.log(first(err)); }
try { "abc".repeat(-1); } catch (err) { console.log(first(err)); }
try { decodeURIComponent("%"); } catch (err) { console.log(first(err)); }
try { BigInt(1.5); } catch (err) { console.log(err.constructor.name); }
const agg = new AggregateError([], "agg msg");
console.log(first(agg));
// stack of object with no Error prototype
const fake = Object.create(Error.prototype);
console.log("stack" in fake, fake instanceof Error, String(fake));
