// Object.prototype methods: toString tags, valueOf, isPrototypeOf, propertyIsEnumerable, legacy accessors
const log = console.log;
const ts = (v) => Object.prototype.toString.call(v);
log(ts(undefined), ts(null), ts(1), ts('s'), ts(true), ts(Symbol()), ts(1n));
log(ts([]), ts({}), ts(() => {}), ts(new Date(0)), ts(/x/), ts(new Error()), ts(new Map()), ts(new Set()));
log(ts(function* () {}), ts(async () => {}), ts(Promise.resolve()), ts(JSON), ts(Math), ts(new Proxy([], {})));
log(ts((function () { return arguments; })()), ts(new Boolean(1)), ts(globalThis) !== undefined);
log(ts({[Symbol.toStringTag]: 'Custom'}), ts(Object.assign([], {[Symbol.toStringTag]: 'NotArray'})), ts({[Symbol.toStringTag]: 5}));
log(ts(new (class Foo {})()), ts(Object.create(null)), String({}), `${[1, [2, 3]]}`);
log({}.valueOf() !== null, Object.prototype.valueOf.call('s') instanceof String);
try { Object.prototype.valueOf.call(null); } catch (e) { log(e.constructor.name, e.message); }
const proto = {}; const child = Object.create(proto);
log(proto.isPrototypeOf(child), Object.prototype.isPrototypeOf(child), child.isPrototypeOf(proto), proto.isPrototypeOf(1));
log(Function.prototype.isPrototypeOf(Object), Object.prototype.isPrototypeOf.call(Array.prototype, []));
const pe = Object.defineProperty({vis: 1}, 'hid', {value: 2});
log(pe.propertyIsEnumerable('vis'), pe.propertyIsEnumerable('hid'), pe.propertyIsEnumerable('toString'), [1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'));
const legacy = {};
legacy.__defineGetter__('g', function () { return 'got'; });
legacy.__defineSetter__('s', function (v) { this._s = v; });
legacy.s = 5;
log(legacy.g, legacy._s, typeof legacy.__lookupGetter__('g'), legacy.__lookupSetter__('g'), typeof legacy.__lookupSetter__('s'));
log(Object.create({get inh() { return 1; }}).__lookupGetter__('inh').name);
try { legacy.__defineGetter__('x', 5); } catch (e) { log(e.constructor.name, e.message); }
log(Object.keys(Object.getOwnPropertyDescriptors(Object.prototype)).sort());
log({}.toLocaleString(), [1, 'a'].toLocaleString(), (1234.5).toLocaleString === Number.prototype.toLocaleString);
const o = {}; o.__proto__ = Array.prototype; log(Array.isArray(o), o instanceof Array, typeof o.push);
const np = Object.create(null); np.__proto__ = 5; log(Object.keys(np), np.__proto__);
log({__proto__: null} instanceof Object, Object.getPrototypeOf({__proto__: Array.prototype}) === Array.prototype);
log(Object.prototype.toString.length, Object.prototype.hasOwnProperty.length, Object.prototype.__lookupGetter__.length);
