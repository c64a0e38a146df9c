const target = { a: 1 };
const r = Object.assign(target, { b: 2 }, null, undefined, 'xy', 5, [9], { a: 'over' });
console.log(r === target, target);
const s = Symbol('s');
const src = Object.create({ inherited: 1 });
src.own = 1;
src[s] = 'sym';
Object.defineProperty(src, 'hidden', { value: 1, enumerable: false });
console.log(Object.assign({}, src));
const log = [];
const getters = { get x() { log.push('get x'); return 1; }, get y() { log.push('get y'); return 2; } };
const setters = { set x(v) { log.push('set x ' + v); }, set y(v) { log.push('set y ' + v); } };
Object.assign(setters, getters);
console.log(log);
try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.assign(Object.preventExtensions({}), { n: 1 }); } catch (e) { console.log(e.message); }
try { Object.assign(null, {}); } catch (e) { console.log(e.message); }
const prim = Object.assign(1, { a: 1 });
console.log(typeof prim, prim.a);
try { Object.assign({ get ro() { return 1; } }, { ro: 2 }); } catch (e) { console.log(e.message); }
