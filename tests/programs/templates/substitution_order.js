const log = [];
const v = (x) => { log.push(x); return x; };
const obj = { toString() { log.push("toString"); return "T"; }, valueOf() { log.push("valueOf"); return "V"; } };
const s = `${v(1)}-${obj}-${v(2)}`;
console.log(s, log.join(","));
log.length = 0;
function tag(strings, ...subs) { log.push("tag called"); return subs; }
const r = tag`${v("a")}${obj}${v("b")}`;
console.log(r.length, r[1] === obj, log.join(","));
try { `${Symbol("s")}`; } catch (e) { console.log(e.constructor.name); }
console.log(`${[1, [2, 3]]}|${null}|${undefined}|${{}}|${-0}`);
