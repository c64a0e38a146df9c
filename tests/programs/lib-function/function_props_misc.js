// Function instances: name/length descriptors, prototype shape per kind, instanceof, Symbol.hasInstance
const kinds = {
  decl: function decl(a, b = 2, c) {},
  arrow: (a, ...r) => 0,
  method: { m(x) {} }.m,
  getter: Object.getOwnPropertyDescriptor({ get g() { return 1; } }, "g").get,
  setter: Object.getOwnPropertyDescriptor({ set s(v) {} }, "s").set,
  gen: function* (a) {},
  async: async function (a, b) {},
  agen: async function* () {},
  klass: class { constructor(a, b, c) {} },
  bound: function (a, b) {}.bind(null),
  native: Array.prototype.splice,
};
for (const [k, f] of Object.entries(kinds)) {
  const p = Object.getOwnPropertyDescriptor(f, "prototype");
  console.log(k, JSON.stringify(f.name), f.length, p ? (p.writable + "/" + p.enumerable + "/" + p.configurable) : "no-prototype",
    p && p.value ? Object.getOwnPropertyNames(p.value).join("|") : "-");
}
// length counts params before first default/rest
console.log(((a, b = 1, c) => 0).length, (({ a }, [b]) => 0).length, ((...a) => 0).length, (function (a, b, c = 3, d) {}).length);
// name inference
const o = { ["x" + 1]: () => 0, [Symbol("sd")]: function () {}, [Symbol()]: () => 0 };
console.log(Reflect.ownKeys(o).map(k => JSON.stringify(o[k].name)).join(","));
let assigned; assigned = function () {};
const { destr = () => 0 } = {};
console.log(assigned.name, destr.name, (function () {}).name === "", (() => {}).name === "", new Function().name);
// name/length are configurable and can be redefined
const r = function orig() {};
Object.defineProperty(r, "name", { value: "renamed" });
delete r.length;
console.log(r.name, r.length, "length" in r, Object.hasOwn(r, "length"));
// assigning name silently fails (non-writable) in sloppy, throws in strict
r.name = "x";
console.log(r.name);
(function () { "use strict"; try { r.name = "y"; } catch (e) { console.log(e.constructor.name + ": " + e.message); } })();
// instanceof and Symbol.hasInstance
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even, Function.prototype[Symbol.hasInstance].call(Array, []));
try { ({}) instanceof {}; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { ({}) instanceof (() => 0); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
const np = function () {}; np.prototype = 5;
try { ({}) instanceof np; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(5 instanceof np, Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance).writable);
// Function.prototype itself
console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === "", Function.prototype.length, Object.getPrototypeOf(Function.prototype) === Object.prototype);
try { new Function.prototype(); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// caller/arguments restrictions on strict functions
function strictF() { "use strict"; }
for (const k of ["caller", "arguments"]) { try { strictF[k]; console.log("no throw", k); } catch (e) { console.log(k, e.constructor.name); } }
const thrower = Object.getOwnPropertyDescriptor(Function.prototype, "caller");
console.log(typeof thrower.get, thrower.get === thrower.set, thrower.get === Object.getOwnPropertyDescriptor(Function.prototype, "arguments").get);
// methods are not constructors
for (const [k, f] of Object.entries(kinds)) { try { new f(); console.log(k, "constructible"); } catch (e) { console.log(k, e.constructor.name); } }
