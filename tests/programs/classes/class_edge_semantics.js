// Class semantics: TDZ, hoisting, constructor property, prototype non-writable, methods non-constructible
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
t('use before declaration', () => { new Later(); class Later {} });
t('prototype writable?', () => { class P {} P.prototype = {}; return Object.getOwnPropertyDescriptor(P, 'prototype').writable; });
t('prototype assign strict', () => { 'use strict'; class P {} P.prototype = {}; });
t('constructor prop', () => { class P {} return [P.prototype.constructor === P, Object.getOwnPropertyDescriptor(P.prototype, 'constructor').enumerable]; });
t('method not constructor', () => { class P { m() {} } return new (new P().m)(); });
t('static method not constructor', () => { class P { static s() {} } return new P.s(); });
t('getter not constructor', () => { class P { get g() { return 1; } } return new (Object.getOwnPropertyDescriptor(P.prototype, 'g').get)(); });
t('class length', () => [(class { constructor(a, b) {} }).length, (class {}).length, (class extends Object {}).length]);
t('class as function call', () => { class P {} return P.call({}); });
t('Symbol.toStringTag in class', () => { class P { get [Symbol.toStringTag]() { return 'Custom'; } } return String(new P()); });
t('instance field shadows accessor', () => { class P { x = 1; get x() { return 2; } } return new P().x; });
t('extends expression with side effect', () => { let n = 0; class X extends (n++, Object) {} return n; });
t('class fields not on prototype', () => { class P { f = 1; } return [Object.hasOwn(P.prototype, 'f'), Object.hasOwn(new P(), 'f')]; });
t('new.target in method', () => { class P { m() { return new.target; } } return new P().m(); });
t('super outside method', () => { return eval('({ f: function () { return super.x; } })'); });
