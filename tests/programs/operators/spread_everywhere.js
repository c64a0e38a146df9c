// Spread in calls, arrays, objects and new; iterator protocol and getter order
const log = [];
function f(...args) { return args; }
console.log(f(...[1, 2], 3, ...'ab', ...new Set([4, 4, 5])), f(...[]).length);
console.log([...'\u{1F600}x'].length, [...[, 1]], [0, ...[1, 2], 3]);
const src = { get a() { log.push('get a'); return 1; }, b: 2, [Symbol('s')]: 3 };
Object.defineProperty(src, 'hidden', { value: 4, enumerable: false });
const copy = { ...src, b: 'over', ...null, ...undefined, ...'xy', ...[9] };
console.log(copy, log.splice(0));
console.log({ ...{ get g() { return 'evaluated'; } } });
class P { constructor(...a) { this.a = a; } }
console.log(new P(...[1, 2]).a, new P(...'ab', 3).a);
const it = {
  [Symbol.iterator]() {
    let i = 0;
    log.push('iter');
    return { next() { log.push('next'); return { done: i >= 2, value: i++ }; } };
  },
};
console.log(f(...it), log.splice(0));
try { f(...5); } catch (e) { console.log(e.constructor.name, e.message); }
try { f(...{}); } catch (e) { console.log(e.constructor.name, e.message); }
try { [...null]; } catch (e) { console.log(e.constructor.name, e.message); }
try { const u = undefined; f(...u); } catch (e) { console.log(e.constructor.name, e.message); }
const big = Array.from({ length: 1000 }, (_, i) => i);
console.log(Math.max(...big), f(...big).length);
const objWithProto = Object.create({ inherited: 1 });
objWithProto.own = 2;
console.log({ ...objWithProto });
const target = { set x(v) { log.push('setter'); } };
const spreadInto = { ...target, x: 1 };
console.log(spreadInto, log);
