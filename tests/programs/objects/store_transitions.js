// Adding properties by assignment (the inline caches cache the shape transition): setters
// and read-only properties up the chain, non-extensible receivers, other prototypes.
"use strict";
function P(x, y) { this.x = x; this.y = y; }
const a = [];
for (let i = 0; i < 5; i++) a.push(new P(i, i * 2));
console.log(JSON.stringify(a), Object.keys(a[3]));
// a setter appearing on the prototype later must run
let log = [];
Object.defineProperty(P.prototype, "y", { set(v) { log.push("set y " + v); }, configurable: true });
const b = new P(7, 8);
console.log(Object.keys(b), log.join());
delete P.prototype.y;
// a read-only property on Object.prototype
Object.defineProperty(Object.prototype, "x", { value: 0, writable: false, configurable: true });
try { new P(1, 2); } catch (e) { console.log(e.name, e.message); }
delete Object.prototype.x;
const c = new P(3, 4);
console.log(Object.keys(c));
// non-extensible receiver of the same shape
function Q() {}
const q1 = new Q(), q2 = Object.preventExtensions(new Q());
function setZ(o) { o.z = 1; }
setZ(q1);
try { setZ(q2); } catch (e) { console.log(e.name, e.message); }
console.log(q1.z, q2.z);
// a different prototype with the same receiver shape
function R() {}
Object.defineProperty(R.prototype, "z", { set(v) { console.log("R setter", v); } });
setZ(new R());
setZ(new Q());
