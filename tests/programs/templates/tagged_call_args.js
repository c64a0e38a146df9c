function tag(...args) { return args.length + ":" + JSON.stringify(args.slice(1)); }
console.log(tag`no subs`);
console.log(tag`${1}${2}${3}`);
console.log(tag`${undefined}|${null}`);
const t = (s, ...v) => s.length - v.length;
console.log(t``, t`${0}`, t`a${0}b${1}c`);
function argsObj() { return arguments.length; }
console.log(argsObj`x${1}y`);
