// Messages of common TypeErrors from the object model, as V8 words them
function t(f) { try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
'use strict';
t(() => Object.defineProperty(Object.freeze({}), 'x', { value: 1 }));
t(() => Object.defineProperty(Object.freeze({ x: 1 }), 'x', { value: 2 }));
t(() => Object.setPrototypeOf(Object.preventExtensions({}), {}));
t(() => { const a = {}; const b = Object.create(a); Object.setPrototypeOf(a, b); });
t(() => Object.prototype.__proto__ = null);
t(() => Object.getOwnPropertyDescriptors(undefined));
t(() => Object.keys(null));
t(() => Object.entries(undefined));
t(() => Object.assign(null, {}));
t(() => [].forEach(1));
t(() => [].map('x'));
t(() => new Map([1]));
t(() => Symbol.prototype.toString.call('s'));
t(() => ({}).hasOwnProperty.call(null, 'x'));
t(() => Reflect.get(1, 'x'));
t(() => Reflect.construct(() => {}, []));
t(() => new Proxy({}, null));
