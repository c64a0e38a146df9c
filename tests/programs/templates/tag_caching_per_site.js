const seen = [];
function tag(strings) { seen.push(strings); return strings; }
function run() { return tag`a${1}b`; }
const s1 = run(), s2 = run();
console.log(s1 === s2);
const s3 = tag`a${1}b`, s4 = tag`a${1}b`;
console.log(s3 === s4, s1 === s3);
const results = [];
for (let i = 0; i < 3; i++) results.push(tag`loop${i}`);
console.log(results[0] === results[1], results[1] === results[2]);
const fns = [0, 1].map(() => (x) => tag`x${x}`);
console.log(fns[0](1) === fns[1](2));
