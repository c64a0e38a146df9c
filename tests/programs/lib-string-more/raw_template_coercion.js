// String.raw with substitutions and odd raw arrays; template literal coercion via ToString (toString before valueOf)
console.log(String.raw`a\nb${1 + 1}c\u0041${"x"}\\`, String.raw`\``.length, String.raw`${1}${2}${3}`);
console.log(String.raw({ raw: ["a", "b", "c"] }, 1, 2, 3, 4), String.raw({ raw: "xyz" }, "-", "+"), String.raw({ raw: { length: 0 } }, 1));
console.log(String.raw({ raw: { length: 1, 0: "only" } }, "ignored"), JSON.stringify(String.raw({ raw: [] })), String.raw({ raw: { length: -5 } }));
console.log(String.raw({ raw: { length: 3, 0: 1, 1: null, 2: undefined } }, "A", "B"));
console.log(String.raw({ raw: ["", ""] }, { toString() { return "ts"; }, valueOf() { return "vo"; } }));
for (const bad of [undefined, {}, { raw: null }]) { try { console.log(JSON.stringify(String.raw(bad))); } catch (e) { console.log(e.constructor.name); } }
try { String.raw({ raw: ["a", "b"] }, Symbol()); } catch (e) { console.log(e.constructor.name + ": " + e.message); }
// String.raw reads length then each element, interleaving substitutions
const log = [];
const raw = new Proxy({ length: 3, 0: "r0", 1: "r1", 2: "r2" }, { get(t, k) { log.push("get " + String(k)); return t[k]; } });
const sub = n => ({ toString() { log.push("sub" + n); return "S" + n; } });
console.log(String.raw({ raw }, sub(1), sub(2), sub(3)), log.join(", "));
// template literal coercion
const both = { toString() { return "fromToString"; }, valueOf() { return "fromValueOf"; } };
console.log(`${both}`, "" + both, String(both), [both] + "", `${[both, both]}`);
const onlyValueOf = { toString: undefined, valueOf() { return 42; } };
console.log(`${onlyValueOf}`, onlyValueOf + "");
const prim = { [Symbol.toPrimitive](hint) { return "hint:" + hint; } };
console.log(`${prim}`, prim + "", String(prim), `${[prim]}`);
try { `${Symbol("s")}`; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
try { `${{ toString() { return {}; }, valueOf() { return {}; } }}`; } catch (e) { console.log(e.constructor.name + ": " + e.message); }
console.log(`${null} ${undefined} ${-0} ${[]} ${[1, [2, 3]]} ${{}} ${1n} ${1e21} ${0.000001} ${1e-7}`);
// evaluation order of substitutions and their coercions
const order = [];
const tv = n => ({ toString() { order.push("ts" + n); return n; } });
`${(order.push("e1"), tv(1))}-${(order.push("e2"), tv(2))}`;
console.log(order.join(","));
// tagged template: strings frozen, raw, cooked undefined for invalid escapes
function tag(strs, ...subs) { return JSON.stringify([strs, strs.raw, subs, Object.isFrozen(strs), Object.isFrozen(strs.raw)]); }
console.log(tag`a${1}\x${2}\u{41}`);
const same = () => tag2`x`; function tag2(s) { return s; }
console.log(same() === same(), tag2`x` === tag2`x`);
console.log(String.raw.length, String.raw.name);
