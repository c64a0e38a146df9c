function tag(s) { return s.map((c, i) => [c, s.raw[i]]); }
console.log(JSON.stringify(tag`\n\t\\`));
console.log(JSON.stringify(tag`\x41\u0042\u{43}`));
console.log(JSON.stringify(tag`a\
b`));
console.log(JSON.stringify(tag`\unicode and \xZZ`));
console.log(JSON.stringify(tag`ok${0}\u{110000}`));
console.log(JSON.stringify(tag`line1
line2`));
console.log(JSON.stringify(tag`\``), JSON.stringify(tag`$\{`));
