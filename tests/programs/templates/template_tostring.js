const o = { [Symbol.toPrimitive](hint) { return "hint=" + hint; } };
console.log(`${o}`, "" + o, String(o));
const p = { toString() { return {}; }, valueOf() { return "fallback"; } };
console.log(`${p}`);
const q = { toString: undefined, valueOf() { return 42; } };
console.log(`${q}`);
try { `${{ toString() { return {}; }, valueOf() { return {}; } }}`; } catch (e) { console.log(e.constructor.name); }
console.log(`${1n}`, `${[, null, undefined, 0]}`);
