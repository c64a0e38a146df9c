const calls = {
  get: [1, 'x'], set: [1, 'x', 1], has: [1, 'x'], deleteProperty: [1, 'x'], ownKeys: [1],
  getOwnPropertyDescriptor: [1, 'x'], defineProperty: [1, 'x', {}], getPrototypeOf: [1],
  setPrototypeOf: [1, null], isExtensible: [1], preventExtensions: [1],
};
for (const [name, args] of Object.entries(calls)) {
  for (const first of [1, 'str', null, undefined, Symbol('s')]) {
    try { Reflect[name](first, ...args.slice(1)); console.log(name, 'ok'); }
    catch (e) { console.log(name, String(typeof first), e.constructor.name + ': ' + e.message); }
  }
}
// the target is checked before the key is converted
const key = { toString() { console.log('key converted'); return 'k'; } };
try { Reflect.get(1, key); } catch (e) { console.log(e.message); }
Reflect.get({}, key);
