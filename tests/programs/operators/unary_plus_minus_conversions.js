// Unary + and - on all types, including the BigInt TypeError for unary plus
const vals = ['', ' 42 ', '0x10', '-0', 'abc', null, undefined, true, false, [], [7], ['8'], [1, 2], {}, -0, NaN, Infinity];
console.log(vals.map((v) => { const r = +v; return Object.is(r, -0) ? '-0' : String(r); }).join(' '));
console.log(vals.map((v) => { const r = -v; return Object.is(r, -0) ? '-0' : String(r); }).join(' '));
console.log(-5n, -(-5n), typeof -1n);
try { +1n; } catch (e) { console.log(e.constructor.name, e.message); }
try { +Object(1n); } catch (e) { console.log(e.constructor.name, e.message); }
try { +Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
try { -Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(-{ valueOf() { return 2n; } }, -'-0' === 0);
