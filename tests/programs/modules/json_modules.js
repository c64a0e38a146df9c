import data from './fixtures/data.json' with { type: 'json' };
import data2 from './fixtures/data.json' with { type: 'json' };

console.log(data.name, data.list, data.nested.ok);
console.log('one instance', data === data2);
const ns = await import('./fixtures/data.json', { with: { type: 'json' } });
console.log(Object.keys(ns), ns.default === data);
data.extra = 'mutable';
console.log(data2.extra);
try {
  await import('./fixtures/data.json');
} catch (e) {
  console.log('without type:', e.name, e.code);
}
