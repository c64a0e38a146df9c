// Function.prototype.bind: name, length, this, partial args, new, instanceof
const log = console.log;
function add(a, b, c) { return [this && this.tag, a, b, c]; }
const b1 = add.bind({tag: 'T'}, 1);
log(b1.name, b1.length, b1(2, 3));
const b2 = b1.bind(null, 2);
log(b2.name, b2.length, b2(3));
log(add.bind(null, 1, 2, 3, 4).length);
function Point(x, y) { this.x = x; this.y = y; }
const BP = Point.bind(null, 10);
const pt = new BP(20);
log(pt, pt instanceof Point, pt instanceof BP, 'prototype' in BP);
log((() => 1).bind().name, (function () {}).bind().name);
const anon = Object.defineProperty(function () {}, 'name', {value: 42});
log(JSON.stringify(anon.bind().name));
const longLen = Object.defineProperty(function () {}, 'length', {value: Infinity});
log(longLen.bind(null, 1).length);
const negLen = Object.defineProperty(function () {}, 'length', {value: -5});
log(negLen.bind().length);
const fracLen = Object.defineProperty(function () {}, 'length', {value: 2.7});
log(fracLen.bind().length);
const strLen = Object.defineProperty(function () {}, 'length', {value: '3'});
log(strLen.bind().length);
try { Function.prototype.bind.call({}); } catch (e) { log(e.constructor.name, e.message); }
const arrow = ((x) => this).bind({a: 1});
log(arrow() === this);
class K { constructor(v) { this.v = v; } }
const BK = K.bind(null, 'bound');
log(new BK().v, new BK() instanceof K);
try { BK(); } catch (e) { log(e.constructor.name); }
log(Object.getPrototypeOf(add.bind()) === Function.prototype);
const strictFn = function () { 'use strict'; return this; };
log(strictFn.bind(5)(), typeof strictFn.bind(undefined)());
log(Function.prototype.bind.length, Function.prototype.bind.name);
