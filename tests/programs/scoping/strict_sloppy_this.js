function sloppy() { return this; }
function strict() { 'use strict'; return this; }
console.log(sloppy() === globalThis, strict());
console.log(typeof sloppy.call(1), strict.call(1), typeof sloppy.call('s'), strict.call('s'));
console.log(sloppy.call(null) === globalThis, strict.call(null), sloppy.call(undefined) === globalThis);
console.log(sloppy.call(true) instanceof Boolean, strict.call(true));
const o = { sloppy, strict };
console.log(o.sloppy() === o, o.strict() === o);
const detached = o.strict;
console.log(detached());
console.log(Reflect.apply(strict, 5, []), typeof Reflect.apply(sloppy, 5, []));
const arrow = () => typeof this;
console.log(arrow.call({}));
