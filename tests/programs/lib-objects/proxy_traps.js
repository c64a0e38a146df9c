// Proxy: every trap is called with the right arguments; forwarding without traps
const log = console.log;
const calls = [];
const target = {a: 1, fn() { return this === proxy; }};
const handler = {};
for (const trap of ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'getOwnPropertyDescriptor', 'defineProperty',
  'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) {
  handler[trap] = function (...args) {
    calls.push(trap + '(' + args.slice(1).map((a) => typeof a === 'symbol' ? a.toString() : typeof a === 'object' && a !== null ? (a === proxy ? 'receiver' : JSON.stringify(a)) : String(a)).join(', ') + ')');
    return Reflect[trap](...args);
  };
}
const proxy = new Proxy(target, handler);
proxy.a; proxy.b = 2; 'a' in proxy; delete proxy.b; Object.keys(proxy);
Object.getOwnPropertyDescriptor(proxy, 'a'); Object.defineProperty(proxy, 'c', {value: 3, configurable: true});
Object.getPrototypeOf(proxy); Object.setPrototypeOf(proxy, Object.prototype); Object.isExtensible(proxy);
log(proxy.fn());
for (const k in proxy) {}
log(calls.join('\n'));
const fp = new Proxy(function (a, b) { return a + b; }, {
  apply(t, thisArg, args) { log('apply', thisArg, args); return t(...args) * 10; },
  construct(t, args, nt) { log('construct', args, nt === fp); return {made: args}; },
});
log(fp(1, 2), fp.call('ctx', 3, 4), new fp(5), Reflect.apply(fp, null, [1, 1]));
log(typeof fp, typeof new Proxy({}, {}), typeof new Proxy(class {}, {}));
const passthrough = new Proxy([1, 2, 3], {});
log(Array.isArray(passthrough), passthrough.length, passthrough.map((x) => x * 2), JSON.stringify(passthrough));
const {proxy: rp, revoke} = Proxy.revocable({x: 1}, {});
log(rp.x); revoke(); revoke();
try { rp.x; } catch (e) { log(e.constructor.name, e.message); }
try { Array.isArray(rp); } catch (e) { log(e.constructor.name, e.message); }
try { new Proxy({}, {get: 5}).x; } catch (e) { log(e.constructor.name, e.message); }
try { Proxy({}, {}); } catch (e) { log(e.constructor.name, e.message); }
log(Proxy.length, Proxy.name, 'prototype' in Proxy, Object.keys(Proxy.revocable({}, {})));
const defaults = new Proxy({}, {get: (t, k) => (k in t ? t[k] : `default:${String(k)}`)});
log(defaults.anything, defaults[Symbol.iterator] === undefined ? 'undef' : 'default for symbol');
const nested = new Proxy(new Proxy({deep: 'yes'}, {}), {});
log(nested.deep, Object.keys(nested));
