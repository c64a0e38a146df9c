// Method shorthand vs function properties: constructibility, prototype, super, toString, names
const o = {
  short() { return 'short'; },
  long: function () { return 'long'; },
  arrow: () => 'arrow',
  async asyncShort() {},
  *genShort() {},
  'quoted key'() {},
  123() {},
  [Symbol.for('sym')]() {},
};
for (const k of ['short', 'long', 'arrow', 'asyncShort', 'genShort', 'quoted key', '123']) {
  const f = o[k];
  let ctor;
  try { new f(); ctor = 'constructible'; } catch (e) { ctor = e.message; }
  console.log(JSON.stringify(f.name), Object.hasOwn(f, 'prototype'), ctor);
}
console.log(o[Symbol.for('sym')].name, o['quoted key'].toString(), o[123].toString());
