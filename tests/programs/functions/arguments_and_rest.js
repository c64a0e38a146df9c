function count() { return arguments.length; }
console.log(count(), count(1, 2, 3));
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(1, 2, 3, 4), sum());
function head(first, ...tail) { return [first, tail]; }
console.log(head(1, 2, 3), head());
function defaults(a, b = a * 2, { c = 3, d } = {}) { return [a, b, c, d]; }
console.log(defaults(1), defaults(1, 5, { d: 4 }));
console.log(Math.max(...[4, 8, 2]), [..."hi", ...[1, 2]]);
function args2() { return Array.from(arguments).join("|"); }
console.log(args2("a", "b"));
function showArgs() { console.log(arguments); }
showArgs(1, "two");
