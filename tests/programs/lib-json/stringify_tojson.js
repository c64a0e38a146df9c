// toJSON: receives the key, looked up via Get (inherited, getters), only when callable
const log = [];
const t = { toJSON(key) { log.push(JSON.stringify(key)); return "T"; } };
console.log(JSON.stringify({ a: t, b: [t, t], c: { d: t } }));
console.log(log.join(" "));
console.log(JSON.stringify(t));
// key for array elements is a string
JSON.stringify([0, 0, { toJSON(k) { console.log(typeof k, k); return 1; } }]);
// this is the object
const self = { v: 9, toJSON() { return this.v; } };
console.log(JSON.stringify({ s: self }));
// toJSON inherited
class P { toJSON() { return "from-proto:" + this.n; } }
const p = new P(); p.n = 5;
console.log(JSON.stringify([p]));
// non-callable toJSON ignored
console.log(JSON.stringify({ toJSON: 1, x: 2 }), JSON.stringify({ toJSON: null }));
// getter for toJSON
const g = { get toJSON() { console.log("toJSON getter"); return () => "got"; } };
console.log(JSON.stringify(g));
// toJSON returning undefined omits
console.log(JSON.stringify({ a: { toJSON() { return undefined; } }, b: 1 }));
console.log(JSON.stringify([{ toJSON() {} }]));
console.log(JSON.stringify({ toJSON() {} }));
// toJSON result not re-checked for toJSON
console.log(JSON.stringify({ toJSON() { return { toJSON() { return "inner"; } }; } }));
// toJSON returning object is walked
console.log(JSON.stringify({ toJSON() { return { x: [1, 2] }; } }));
// Date.prototype.toJSON
console.log(JSON.stringify(new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))));
console.log(JSON.stringify(new Date(NaN)));
console.log(Date.prototype.toJSON.call({ toISOString() { return "custom"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "never"; } }));
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.constructor.name); }
// toJSON on primitives' prototypes
String.prototype.toJSON = function (k) { return "S(" + this + "," + k + ")"; };
console.log(JSON.stringify({ s: "hi" }), JSON.stringify("top"));
delete String.prototype.toJSON;
Number.prototype.toJSON = function () { return "N" + this; };
console.log(JSON.stringify([1, 2]));
delete Number.prototype.toJSON;
// BigInt toJSON rescue
BigInt.prototype.toJSON = function (k) { return this.toString() + "n@" + k; };
console.log(JSON.stringify({ big: 10n }), JSON.stringify([5n]));
delete BigInt.prototype.toJSON;
// toJSON throwing
try { JSON.stringify({ a: { toJSON() { throw new SyntaxError("tj"); } } }); }
catch (e) { console.log(e.constructor.name + ": " + e.message); }
