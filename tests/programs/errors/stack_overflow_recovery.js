// Stack overflow is a catchable RangeError from plain recursion, methods, getters and constructors
function viaFn() { return viaFn(); }
const viaMethod = { m() { return this.m(); } };
const viaGetter = { get g() { return this.g; } };
class ViaCtor { constructor() { new ViaCtor(); } }
const viaBound = function b() { return bound(); };
const bound = viaBound.bind(null);
for (const [label, f] of [['function', viaFn], ['method', () => viaMethod.m()], ['getter', () => viaGetter.g], ['constructor', () => new ViaCtor()], ['bound', bound]]) {
  try { f(); console.log(label, 'no overflow?'); } catch (e) { console.log(label, e instanceof RangeError, e.message); }
}
let depth = 0;
function measure() { depth++; measure(); }
try { measure(); } catch (e) { console.log('depth over 1000:', depth > 1000); }
console.log('after overflows:', JSON.stringify({ ok: [1, 2, 3].map((x) => x + 1) }));
