// error.stack: header line and V8 frame names (functions, methods, constructors, accessors)
function frames(e, n) {
  return e.stack.split('\n').slice(1, 1 + n).map((line) => {
    const t = line.trim();
    const p = t.indexOf(' (');
    const name = p >= 0 ? t.slice(3, p) : '<anonymous function>';
    const loc = t.slice(t.lastIndexOf('/') + 1).replace(')', '');
    return name + ' @' + loc.slice(loc.indexOf(':') + 1);
  }).join(' | ');
}
function outer() { return middle(); }
function middle() { return inner(); }
function inner() { throw new Error('deep'); }
try { outer(); } catch (e) { console.log(e.stack.split('\n')[0]); console.log(frames(e, 3)); }
class Foo {
  bar() { throw new TypeError('in method'); }
  static sb() { null.x; }
  constructor(f) { if (f) throw new Error('in ctor'); }
  get g() { throw new Error('in getter'); }
  set s(v) { throw new Error('in setter'); }
}
try { new Foo().bar(); } catch (e) { console.log(e.stack.split('\n')[0], '/', frames(e, 1)); }
try { Foo.sb(); } catch (e) { console.log(e.stack.split('\n')[0], '/', frames(e, 1)); }
try { new Foo(1); } catch (e) { console.log(frames(e, 1)); }
try { new Foo().g; } catch (e) { console.log(frames(e, 1)); }
try { new Foo().s = 1; } catch (e) { console.log(frames(e, 1)); }
const obj = { m() { throw new Error('m'); }, nested: { deep() { throw new Error('d'); } }, anon: function () { throw new Error('an'); } };
try { obj.m(); } catch (e) { console.log(frames(e, 1)); }
try { obj.nested.deep(); } catch (e) { console.log(frames(e, 1)); }
try { obj.anon(); } catch (e) { console.log(frames(e, 1)); }
try { (function () { throw new Error('anon'); })(); } catch (e) { console.log(frames(e, 1)); }
const f = function () { throw new Error('named by var'); };
try { f(); } catch (e) { console.log(frames(e, 1)); }
function Ctor() { this.x.y; }
try { new Ctor(); } catch (e) { console.log(e.message, '/', frames(e, 1)); }
try { new (class { constructor() { throw new Error('anon class'); } })(); } catch (e) { console.log(frames(e, 1)); }
function makeError() { return new RangeError('made'); }
const made = makeError();
console.log(made.stack.split('\n')[0], '/', frames(made, 1));
class MyError extends Error {}
function thrower() { throw new MyError('custom'); }
try { thrower(); } catch (e) { console.log(frames(e, 1), e instanceof MyError, e.name); }
function capture() { const o = {}; Error.captureStackTrace(o); return o; }
console.log(frames(capture(), 1));
function hidden() { const o = {}; Error.captureStackTrace(o, hidden); return o; }
function callsHidden() { return hidden(); }
console.log(frames(callsHidden(), 1));
const e1 = new Error('props');
console.log(Object.getOwnPropertyNames(e1), JSON.stringify(Object.getOwnPropertyDescriptor(e1, 'message')));
console.log(typeof Object.getOwnPropertyDescriptor(e1, 'stack').value, Object.getOwnPropertyDescriptor(e1, 'stack').enumerable);
