// Heritage evaluation: once, before the class binding exists, sees outer scope, prototype lookups
const log = [];
const Base = new Proxy(class Base {}, { get(t, k) { log.push('get ' + String(k)); return Reflect.get(t, k); } });
class A extends Base {}
console.log(log.splice(0));
new A();
console.log(log.splice(0));
const name = 'outer';
class B extends (() => { log.push('heritage sees ' + name); return Object; })() {}
console.log(log.splice(0));
const ProtoGetter = new Proxy(function () {}, { get(t, k) { if (k === 'prototype') { log.push('prototype read'); return 5; } return t[k]; } });
try { class C extends ProtoGetter {} } catch (e) { console.log(e.constructor.name, e.message); }
console.log(log.splice(0));
