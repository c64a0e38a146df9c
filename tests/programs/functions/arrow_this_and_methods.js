// this binding: methods, detached calls, arrows capturing this, callbacks, strict vs sloppy
'use strict';
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() { return [1].map(() => this.name)[0]; },
  nestedFn() { return [1].map(function () { return this; })[0]; },
  nestedThisArg() { return [1].map(function () { return this.name; }, { name: 'thisArg' })[0]; },
  delayed() { const self = this; return function () { return self.name; }; },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedFn(), obj.nestedThisArg(), obj.delayed()());
const detached = obj.regular;
console.log(detached());
console.log((obj.regular)(), (0, obj.regular)(), [obj.regular][0]() === undefined);
class Btn { constructor() { this.label = 'btn'; this.onClick = () => this.label; } handle() { return this?.label; } }
const btn = new Btn();
const { onClick, handle } = btn;
console.log(onClick(), handle());
function Sloppy() { return this; }
console.log(Sloppy() === undefined);
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), bound.call({ name: 'ignored' }), new ((function () { this.v = 1; }).bind({ name: 'x' }))().v);
const arrowOuter = function () { return (() => this)(); };
console.log(arrowOuter.call('str'), typeof arrowOuter.call(5));
