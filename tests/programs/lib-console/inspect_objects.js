// object formatting: keys that need quotes, symbols, getters/setters, null prototype, classes
const log = console.log;
log({}, {a: 1}, {'a-b': 1, 'c d': 2, '': 3, '1x': 4, _ok: 5, $d: 6, 'ünï': 7, 10: 8});
log({[Symbol('k')]: 'v', [Symbol()]: 1, [Symbol.for('f')]: 2});
log({get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {}});
log(Object.create(null), Object.assign(Object.create(null), {x: 1}));
class Foo { constructor() { this.a = 1; } method() {} }
class Empty {}
log(new Foo(), new Empty(), [new Foo()], {inner: new Empty()});
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
log(new Tagged(), {[Symbol.toStringTag]: 'Own'});
const proto = {inherited: 1};
log(Object.create(proto), Object.create(Foo.prototype));
function OldStyle() { this.v = 1; }
log(new OldStyle(), Object.create(OldStyle.prototype));
log({a: {b: {c: {d: {e: 1}}}}});
log({a: {b: {c: {}}}}, {a: {b: {c: []}}}, {a: {b: {c: [1]}}});
log({f: function () {}, g: () => {}, h: class {}, i: function named() {}, j: async () => {}});
const nonEnum = {}; Object.defineProperty(nonEnum, 'hidden', {value: 1}); log(nonEnum);
log({__proto__: {x: 1}, own: 1}, {['__proto__']: 1});
log(Object.assign(Object.create(null), {[Symbol.toStringTag]: 'NullTag'}));
log(new (class extends Foo {})(), new (class Bar extends Foo {})());
log({undefined: undefined, null: null, nan: NaN});
