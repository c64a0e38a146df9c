// Relational comparison conversion order: left first for <, >, <=, >= (spec LeftFirst handling)
const log = [];
const L = { valueOf() { log.push('L'); return 1; }, toString() { log.push('L.str'); return 'L'; } };
const R = { valueOf() { log.push('R'); return 2; }, toString() { log.push('R.str'); return 'R'; } };
console.log(L < R, L > R, L <= R, L >= R, log.join(''));
log.length = 0;
const SL = { [Symbol.toPrimitive](h) { log.push('SL:' + h); return 'a'; } };
const SR = { [Symbol.toPrimitive](h) { log.push('SR:' + h); return 'b'; } };
console.log(SL < SR, SL >= SR, log.join(' '));
log.length = 0;
console.log(L == R, L != R, L === R, log.join(''));
log.length = 0;
console.log(NaN < L, undefined > R, log.join(''));
