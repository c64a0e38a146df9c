// String exotic objects: index properties, own keys and defineProperty rules
const s = new String("ab😀");
console.log(Reflect.ownKeys(s), s.length, s[2], s[4], s[-1], s["1.0"], "1" in s, 9 in s);
s.extra = 1; s[10] = "z"; s[4] = "no"; s.length = 99;
console.log(Reflect.ownKeys(s), s[4], s.length);
console.log(Object.getOwnPropertyDescriptor(s, "0"), Object.getOwnPropertyDescriptor(s, "length"));
console.log(Reflect.defineProperty(s, "0", { value: "a" }), Reflect.defineProperty(s, "0", { value: "x" }), Reflect.defineProperty(s, "1", { writable: true }));
console.log(delete s[0], delete s.extra, Reflect.ownKeys(s));
"use strict";
try { (function () { "use strict"; s[0] = "q"; })(); } catch (e) { console.log(e.name, e.message); }
try { (function () { "use strict"; s.length = 1; })(); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys(new String("xyz")), Object.entries(new String("hi")), Object.getOwnPropertyNames("ab"));
for (const k in new String("ok")) console.log("key", k);
console.log(Object.assign({}, "ab"), { ..."cd" }, Array.from(new String("ef")));
