console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is(-0, -0), Object.is('a', 'a'), Object.is({}, {}));
const o = {};
console.log(Object.is(o, o), Object.is(null, undefined), Object.is(), Object.is(undefined));
// SameValue decides whether redefining a non-writable, non-configurable property is allowed
const t = {};
Object.defineProperty(t, 'nan', { value: NaN });
Object.defineProperty(t, 'zero', { value: 0 });
for (const [k, v] of [['nan', NaN], ['zero', -0], ['zero', 0]]) {
  try { Object.defineProperty(t, k, { value: v }); console.log(k, Object.is(v, -0) ? '-0' : v, 'ok'); }
  catch (e) { console.log(k, Object.is(v, -0) ? '-0' : v, e.message); }
}
console.log(Object.is.length, Object.is.name);
