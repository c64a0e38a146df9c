// JSON.parse error messages (V8 wording) and long documents (the fast path) agreeing with short ones
const log = console.log;
const pad = '{"pad":"' + 'x'.repeat(70) + '",';
const t = (s) => { try { return JSON.parse(s); } catch (e) { return e.name + ': ' + e.message; } };
for (const s of ['', ' ', '{', '[', '"abc', '01', '[01]', '-01', '-', '1.', '1e', '{"a":00}', 'nul', 'tru', 'x', '{"a" 1}',
  '{"a":1 "b":2}', '[1 2]', '{a:1}', "{'a':1}", '"\\x"', '"\\u00g0"', '"\t"', '[1,]', '{"a":1,}', '1 2', '\ufeff1',
  '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, x]', 'NaN', 'Infinity', '-Infinity', 'undefined']) {
  log(JSON.stringify(s), '->', t(s));
}
log(t(pad + '"a":[1,[2,[3,{"b":-0}]]],"c":1e400,"d":"\\ud83d\\ude00","e":"😀","z":1,"10":2,"2":3,"a":"dup"}'));
log(Object.is(t(pad + '"n":-0}').n, -0), t(pad + '"n":-0}').n);
log(t(pad + '"n":NaN}'));
log(t(pad + '"n":01}'));
log(t(pad + '"n":"\u0001"}'));
log(t(pad + '"n":[1,]}'));
log(t(pad + '"__proto__":{"x":1}}').__proto__, Object.keys(t(pad + '"__proto__":{"x":1}}')));
log(t('[' + '1,'.repeat(40) + '2]').length, t('\ufeff' + pad + '"a":1}'));
log(t(pad + '"s":"\\ud800","t":"\\u0041\\n"}'));
log(t(pad + '"big":12345678901234567890,"f":0.1,"e":1E-7,"neg":-5,"t":true,"f2":false,"nul":null}'));
log(t('"' + 'y'.repeat(80) + '"').length, t(' '.repeat(70) + 'true'), t(' '.repeat(70) + 'nul'));
log(t('[' + '['.repeat(3000) + ']'.repeat(3000) + ']').length);
const doc = {list: Array.from({length: 200}, (_, i) => ({id: i, name: 'n' + i, tags: ['a', 'b'], v: i / 4}))};
const text = JSON.stringify(doc);
const back = JSON.parse(text);
log(text.length, back.list.length, back.list[199], JSON.stringify(back) === text);
