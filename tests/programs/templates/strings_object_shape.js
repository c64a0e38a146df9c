function tag(strings, ...subs) { return strings; }
const s = tag`one${1}two${2}three`;
console.log(s, s.raw, s.length, subs(tag));
function subs() { return "x"; }
console.log(Object.isFrozen(s), Object.isFrozen(s.raw), Array.isArray(s), Array.isArray(s.raw));
const d = Object.getOwnPropertyDescriptor(s, "raw");
console.log(d.writable, d.enumerable, d.configurable);
console.log(Object.keys(s), Object.keys(s.raw));
