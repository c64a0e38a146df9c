// "x is not a function" naming: identifiers, members, computed, calls, optional chains, new
function t(f) { try { f(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
const o = { a: { b: 1 }, s: 'str', n: null, arr: [1], fnRet: () => 5 };
const key = 'b';
t(() => o());
t(() => o.a());
t(() => o.a.b());
t(() => o.a[key]());
t(() => o['a']['b']());
t(() => o.arr[0]());
t(() => o.fnRet()());
t(() => o.s.toUpperCase.missing());
t(() => o.a?.b());
t(() => o?.a.b());
t(() => (0, o.a.b)());
t(() => new o.a.b());
t(() => new o.fnRet());
t(() => `${o.nope()}`);
t(() => o.n.x());
t(() => [1, 2].mapp((x) => x));
t(() => this.undefinedMethod());
t(() => (() => {})()());
t(() => Symbol()());
t(() => 5());
t(() => 'str'());
t(() => o.a.b.c.d);
