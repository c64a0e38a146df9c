// Tagged templates: cached frozen template objects per site, raw strings, evaluation order
function tag(strings, ...values) { return { strings, values }; }
const r1 = tag`a${1}b${2}c`;
console.log(r1.strings, r1.values, r1.strings.raw, Object.isFrozen(r1.strings), Object.isFrozen(r1.strings.raw));
console.log(Array.isArray(r1.strings), r1.strings.length, Object.getOwnPropertyDescriptor(r1.strings, 'raw'));
const sites = [];
for (let i = 0; i < 3; i++) sites.push(tag`same ${i}`.strings);
console.log(sites[0] === sites[1], sites[1] === sites[2]);
const a = tag`x`.strings, b = tag`x`.strings;
console.log(a === b);
function twice() { return tag`t`.strings; }
console.log(twice() === twice());
console.log(tag`\n\t${0}\u0041\x41`.strings.raw, tag`\n\t${0}\u0041\x41`.strings);
const bad = tag`\unicode and \u{zz} ${1} \xg`;
console.log(bad.strings, bad.strings.raw);
console.log(String.raw`a\nb${1 + 1}\u0041`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3));
const log = [];
const fn = (v) => { log.push(v); return v; };
const obj = { m(s, ...v) { return this === obj && v.join('+'); } };
console.log(obj.m`${fn(1)}${fn(2)}`, obj['m']`${3}`, log);
console.log((function () { return this; })`x` === undefined ? 'undef' : 'global-ish');
const chained = (s) => (s2) => s[0] + s2[0];
console.log(chained`first``second`);
console.log(tag``.strings, tag`${1}`.strings, tag`${1}${2}`.strings.length);
console.log(`plain ${'template'} ${1 + 1} ${[1, 2]} ${{}} ${null} ${undefined}`);
try { `${Symbol()}`; } catch (e) { console.log(e.constructor.name, e.message); }
console.log(`${{ toString() { return 'TS'; }, valueOf() { return 'VO'; } }}`);
new class { constructor() { console.log(tag`in class`.strings[0]); } }();
