function sloppyThis() { return eval("this") === globalThis; }
console.log(sloppyThis());
function strictThis() { 'use strict'; return eval("this"); }
console.log(strictThis());
const o = { m() { return eval("this") === o; }, arrow: () => typeof eval("this") };
console.log(o.m(), o.arrow());
function call() { return eval("this.tag"); }
console.log(call.call({ tag: 'call' }), call.apply({ tag: 'apply' }), call.bind({ tag: 'bind' })());
class C { constructor() { this.v = 1; this.seen = eval("this.v"); } }
console.log(new C().seen);
console.log((0, eval)("this") === globalThis);
function indirectInStrict() { 'use strict'; return (0, eval)("this") === globalThis; }
console.log(indirectInStrict());
