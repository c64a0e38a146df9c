// JSON.parse: grammar, numbers, escapes, duplicate keys, reviver semantics, errors
const log = console.log;
log(JSON.parse('{"a":[1,2,{"b":null}],"c":true,"d":"s"}'));
log(JSON.parse(' [1e3, -0, 0.5, -1.5E-2, 12345678901234567890] '));
log(Object.is(JSON.parse('-0'), -0), JSON.parse('"\\u0041\\n\\t\\"\\\\\\/"'), JSON.parse('"\\ud83d\\ude00"'));
log(JSON.parse('{"a":1,"a":2}'), JSON.parse('{"__proto__":1}').__proto__, Object.keys(JSON.parse('{"__proto__":1}')));
log(JSON.parse('"\u2028"').length, JSON.parse('null'), JSON.parse(' true '), JSON.parse('123'));
log(JSON.parse(1), JSON.parse(true), JSON.parse(null), JSON.parse({toString() { return '[7]'; }}));
for (const bad of ['', '{', '[1,]', '{"a":1,}', "'s'", '01', '1.', '.5', '+1', 'NaN', 'undefined', '"\t"', '"\\x41"', '[1] 2', '{a:1}', '"\\u12"', 'tru', '-']) {
  try { JSON.parse(bad); log('parsed?', bad); } catch (e) { log(JSON.stringify(bad), e.constructor.name); }
}
log(JSON.parse('[1,[2,[3]]]', (k, v) => (Array.isArray(v) ? v.length : v * 2)));
log(JSON.parse('{"a":1,"b":{"c":2}}', function (k, v) { return k === 'c' ? undefined : v; }));
const seen = [];
JSON.parse('{"x":{"y":1},"z":[1,2]}', function (k, v) { seen.push(k + ':' + JSON.stringify(v) + ':' + Array.isArray(this)); return v; });
log(seen);
log(JSON.parse('{"a":1}', function (k, v) { if (k === 'a') this.b = 'added'; return v; }));
log(JSON.parse('[1,2,3]', function (k, v) { if (k === '0') delete this[1]; return v; }));
log(JSON.parse('5', (k, v) => [k, v]));
log(JSON.parse('{"a":{"b":1}}', (k, v) => (k === 'a' ? 'replaced' : v)));
log(JSON.parse('"x"', function (k, v) { return this; }));
log(JSON.parse('[]', null), JSON.parse('{}', 5));
const big = JSON.parse('[' + '1,'.repeat(999) + '1]');
log(big.length, big.reduce((a, b) => a + b));
log(JSON.parse('{"z":1,"a":2,"10":3,"2":4}'));
log(JSON.parse('  \n\t\r 42 \n'));
