// JSON.stringify conversions: toJSON, wrappers, -0, non-finite numbers, symbols and functions dropped
console.log(JSON.stringify([-0, NaN, Infinity, 1e21, 0.1]), JSON.stringify({ a: undefined, b: () => 1, c: Symbol(), d: null }));
console.log(JSON.stringify([undefined, () => 1, Symbol()]), JSON.stringify(new Number(5)), JSON.stringify(new String('s')), JSON.stringify(new Boolean(false)));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify({ nested: { toJSON(k) { return 'key:' + k; } } }));
console.log(JSON.stringify('\u2028\u2029\ud800'), JSON.stringify({ [Symbol('s')]: 1, 2: 'two', a: 'a' }));
try { JSON.stringify(1n); } catch (e) { console.log(e.constructor.name, e.message); }
const cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }
