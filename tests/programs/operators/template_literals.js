// Template literals: ToString of substitutions, escapes, nesting, multi-line, String.raw
const o = { toString() { return 'TS'; }, valueOf() { return 'VO'; } };
console.log(`${o}`, '' + o, `${[1, [2, 3]]}`, `${null} ${undefined} ${true} ${1n} ${-0}`);
console.log(`a${`b${`c${1 + 1}`}`}`, `line1
line2`, `\u{1F600}`.length, `\x41\u0042`);
console.log(`${'$'}{not interpolated}`, `\${escaped}`, `back\`tick`, `tab\tend`);
const nested = (n) => n ? `(${nested(n - 1)})` : 'x';
console.log(nested(3));
console.log(String.raw`\n${1}\t`, String.raw`\u{61}`, `\u{61}`);
const evaluated = [];
`${evaluated.push(1)}${evaluated.push(2)}`;
console.log(evaluated);
try { `${{ toString() { return {}; }, valueOf() { return {}; } }}`; } catch (e) { console.log(e.constructor.name, e.message); }
