async function f() { await null; return [arguments.length, arguments[1], typeof this]; }
f(1, 2, 3).then(v => console.log(v));
const o = { name: 'o', async m() { const inner = async () => [this.name, arguments[0]]; return inner(); } };
o.m('arg').then(v => console.log(v));
'use strict';
(async function () { 'use strict'; return this; })().then(v => console.log('strict this', v));
