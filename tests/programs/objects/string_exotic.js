const s = new String('héllo');
console.log(s.length, s[0], s[1], s[10], typeof s);
console.log(Object.keys(s), Object.getOwnPropertyNames(s));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(s, 0)));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(s, 'length')));
s[0] = 'X';
s.length = 1;
s[10] = 'extra';
s.prop = 'p';
console.log(s[0], s.length, s[10], s.prop, Object.keys(s));
console.log(delete s[0], delete s.length, delete s[10]);
console.log(0 in s, 5 in s, 'length' in s);
(function () {
  'use strict';
  try { s[1] = 'y'; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  try { s.length = 0; } catch (e) { console.log(e.message); }
  try { delete s[1]; } catch (e) { console.log(e.message); }
  try { 'abc'[0] = 'z'; } catch (e) { console.log(e.message); }
  try { 'abc'.length = 1; } catch (e) { console.log(e.message); }
  try { 'abc'.foo = 1; } catch (e) { console.log(e.message); }
  try { delete 'abc'[0]; } catch (e) { console.log(e.message); }
})();
console.log(Object.defineProperty(s, 0, { value: 'h' }) === s);
try { Object.defineProperty(s, 0, { value: 'Q' }); } catch (e) { console.log(e.message); }
const wrapped = Object('xy');
console.log(Object.entries(wrapped), Object.values('ab'), Object.keys('abc'));
for (const k in new String('ab')) console.log('key', k);
console.log({ ...'hey' });
console.log(Object.getOwnPropertyNames('ab'), Object.hasOwn('ab', 1));
