// Class expressions, names, inner immutable binding, typeof, strict mode inside classes
const Anon = class {};
const Named = class Inner { who() { return Inner.name; } static rebind() { try { Inner = null; } catch (e) { return e.constructor.name + ': ' + e.message; } } };
console.log(Anon.name, Named.name, new Named().who(), typeof Inner, Named.rebind());
console.log(typeof class {}, (class {}).name, (class { static name() { return 'm'; } }).name());
const obj = { prop: class {}, ['comp' + 'uted']: class {} };
console.log(obj.prop.name, obj.computed.name);
class Strict { m() { return (function () { return this; })(); } }
console.log(new Strict().m());
class Outer { static Inner = class { static who() { return 'nested'; } }; }
console.log(Outer.Inner.who(), Outer.Inner.name);
const factory = (base) => class extends base { ext() { return 'extended ' + super.constructor.name; } };
class Root {}
const Made = factory(Root);
console.log(Made.name, new Made().ext(), Object.getPrototypeOf(Made) === Root);
function Legacy() {}
class FromLegacy extends Legacy {}
console.log(new FromLegacy() instanceof Legacy, FromLegacy.name);
const desc = Object.getOwnPropertyDescriptor(class Q {}, 'name');
console.log(desc);
console.log(Object.getOwnPropertyNames(class { static a = 1; static b() {} }));
class Dup { m() { return 1; } m() { return 2; } }
console.log(new Dup().m());
class GetSet { get x() { return 'g'; } set x(v) {} static get x() { return 'static g'; } }
console.log(new GetSet().x, GetSet.x);
