var o = {
  v: 'obj v',
  m() { return this === o ? 'this is o' : 'other this'; },
  get getterFn() { return function () { return this === o; }; },
};
function test() {
  with (o) {
    return [m(), getterFn(), (0, m)() === 'other this', typeof v];
  }
}
console.log(test());
function strictInWithCall() {
  var obj = { f: function () { 'use strict'; return this; } };
  with (obj) return f() === obj;
}
console.log(strictInWithCall());
