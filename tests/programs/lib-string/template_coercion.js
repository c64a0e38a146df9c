// Template literals: ToString (hint "string") for substitutions, tagged templates' strings objects
const o = { toString() { return "S"; }, valueOf() { return "V"; } };
const p = { [Symbol.toPrimitive](hint) { return "hint:" + hint; } };
console.log(`${o}`, "" + o, `${p}`, "" + p, `${[1, [2, 3]]}`, `${{}}`, `${null}|${undefined}|${-0}|${1n}|${1e21}|${0.000001}|${1e-7}`);
try { `${Symbol("x")}`; } catch (e) { console.log(e.name, e.message); }
try { `${{ toString: null, valueOf: null }}`; } catch (e) { console.log(e.name, e.message); }
function tag(strings, ...subs) { return strings; }
const a = tag`a${1}b\n${2}\u0041`;
console.log(a, a.raw, Object.isFrozen(a), Object.isFrozen(a.raw), Array.isArray(a), a.length, subsLen`x${1}y${2}z`);
function subsLen(s, ...subs) { return subs.length; }
function same() { return tag`x`; }
console.log(same() === same(), tag`x` === tag`x`);
console.log(tag`\unicode and \u{110000}`[0], tag`\unicode`.raw[0]);
const log = [];
const q = { toString() { log.push("q"); return "Q"; } };
const r = { toString() { log.push("r"); return "R"; } };
console.log(`${q}-${r}-${q}`, log.join(","));
console.log(`multi
line`.length, `\`backtick\``, `$\{not}`, `${"nested " + `${1 + 1}`}`);
