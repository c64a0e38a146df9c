function f(...args) { return [this === undefined ? 'undef' : typeof this, args]; }
console.log(JSON.stringify(Reflect.apply(f, undefined, [1, 2])));
console.log(JSON.stringify(Reflect.apply(f, { o: 1 }, { length: 2, 0: 'a', 1: 'b' })));
console.log(JSON.stringify(Reflect.apply(f, 1, [])));
console.log(Reflect.apply(Math.max, null, [1, 5, 3]), Reflect.apply(String.prototype.slice, 'hello', [1, 3]));
for (const [label, fn, args] of [['not callable', 1, []], ['object', {}, []], ['no args', f, undefined], ['args not object', f, 1], ['string args', f, 'ab']]) {
  try { console.log(label, JSON.stringify(Reflect.apply(fn, null, args))); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
class C {}
try { Reflect.apply(C, null, []); } catch (e) { console.log(e.message); }
const bound = f.bind('bound-this', 0);
console.log(JSON.stringify(Reflect.apply(bound, 'ignored', [1])));
console.log(Reflect.apply(Function.prototype.call, f, ['t', 9]).length);
