import * as staticNs from './fixtures/counter.js';

console.log('before import()');
const p = import('./fixtures/counter.js');
console.log(p instanceof Promise);
const ns = await p;
console.log('same namespace object', ns === staticNs);
const spec = { toString() { return './fixtures/star2.js'; } };
const star2 = await import(spec);
console.log(star2.only2);
try {
  await import('./fixtures/does-not-exist.js');
} catch (e) {
  console.log('missing module:', e.name, e.code);
}
try {
  await import('./fixtures/throws.js');
} catch (e) {
  console.log('first import:', e.name, e.message);
}
try {
  await import('./fixtures/throws.js');
} catch (e) {
  console.log('second import (cached error):', e.name, e.message);
}
try {
  await import('./fixtures/counter.js', 5);
} catch (e) {
  console.log(e.name);
}
try {
  await import('./fixtures/counter.js', { with: 1 });
} catch (e) {
  console.log(e.name);
}
await import('./fixtures/side_effect.js');
await import('./fixtures/side_effect.js');
console.log('side effects', globalThis.sideEffectCount);
const fromFn = (async () => (await import('./fixtures/defaults.js')).default())();
console.log(await fromFn);
