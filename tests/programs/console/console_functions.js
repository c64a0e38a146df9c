function named() {}
const anon = function () {};
const arrow = () => 1;
console.log(named, anon, arrow, function () {});
console.log([named, arrow], { f: named, g() {} });
console.log(typeof named, typeof arrow, named.name, anon.name, arrow.name, named.length);
function withArgs(a, b, c) {}
console.log(withArgs.length, ((x, y = 1) => 0).length);
named.extra = 1;
console.log(named);
console.log(Math.max, console.log, [].push);
