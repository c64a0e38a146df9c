// JSON.stringify: value kinds, toJSON, replacer function and array, cycles
const log = console.log;
log(JSON.stringify({a: 1, b: 'two', c: [true, null, undefined, () => 1, Symbol()], d: undefined, e: () => 1}));
log(JSON.stringify([NaN, Infinity, -Infinity, -0, 1e21, 1e-7, 0.1 + 0.2]));
log(JSON.stringify('str'), JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify(Symbol()), JSON.stringify(null));
log(JSON.stringify(new Number(3)), JSON.stringify(new String('s')), JSON.stringify(new Boolean(false)), JSON.stringify(Object(Symbol())));
log(JSON.stringify({date: new Date(0)}), JSON.stringify({toJSON(key) { return 'key:' + key; }}));
log(JSON.stringify({nested: {toJSON(k) { return k.toUpperCase(); }}}));
log(JSON.stringify([{toJSON(k) { return typeof k + k; }}]));
log(JSON.stringify({a: 1, b: 2, c: {a: 3, d: 4}}, ['a', 'c']));
log(JSON.stringify({1: 'one', 2: 'two'}, [1, new String('2'), 1]));
log(JSON.stringify({a: 1, b: [1, 2], c: 'x'}, (k, v) => (typeof v === 'number' ? v * 10 : v)));
log(JSON.stringify({a: 1}, function (k, v) { return k === '' ? {wrapped: v, holder: typeof this} : v; }));
log(JSON.stringify([1, 2], (k, v) => (k === '0' ? undefined : v)));
const cyc = {name: 'c'}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { log(e.constructor.name, e.message.split('\n')[0]); }
const cycArr = [1]; cycArr.push([cycArr]);
try { JSON.stringify(cycArr); } catch (e) { log(e.constructor.name, e.message.split('\n')[0]); }
try { JSON.stringify({big: 1n}); } catch (e) { log(e.constructor.name, e.message); }
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
log(JSON.stringify({big: 10n}));
delete BigInt.prototype.toJSON;
log(JSON.stringify({[Symbol('s')]: 1, ok: 2}), JSON.stringify(Object.create({inherited: 1})));
log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(/re/), JSON.stringify(new Error('e')));
log(JSON.stringify([,1]), JSON.stringify({length: 1, 0: 'a'}), JSON.stringify(Object.assign([1], {extra: 2})));
log(JSON.stringify('\u2028\u2029'), JSON.stringify('\ud800'), JSON.stringify('\udead\ud83d\ude00'), JSON.stringify('\x00\x1f\x7f"\\/'));
log(JSON.stringify('\b\f\n\r\t'), JSON.stringify('😀é'));
const p = new Proxy([1, 2], {});
log(JSON.stringify(p), JSON.stringify(new Proxy({x: 1}, {})));
log(JSON.stringify.length, JSON.parse.length, Object.prototype.toString.call(JSON), JSON[Symbol.toStringTag]);
const order = [];
JSON.stringify({b: 1, a: 2, 1: 3}, (k, v) => { order.push(k); return v; });
log(order);
