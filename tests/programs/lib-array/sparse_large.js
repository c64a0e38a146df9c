// very sparse arrays: huge lengths, far indices, methods that must not walk every hole
const a = [];
a[1e6] = "far";
console.log(a.length, a.indexOf("far"), a.includes("far"), a.lastIndexOf("far"), Object.keys(a));
a[5] = "near";
console.log(a.filter(() => true), a.findIndex(x => x === "near"), a.at(-1));
const b = [1, 2];
b.length = 4294967295;
console.log(b.length, b[0], b.at(-1), Object.keys(b));
try { b.push(3); } catch (e) { console.log(e.constructor.name); }
console.log(b.length, b[4294967295], Object.keys(b).length);
const c = [];
c[4294967294] = "max";
console.log(c.length, c[4294967294], c.pop(), c.length);
const d = [1, 2, 3];
d[10] = 11;
console.log(d.length, d.join("-"), d.reverse().slice(0, 2), JSON.stringify(d.slice(7)));
const e = new Array(5);
e[2] = "mid";
console.log(e.map(x => x + "!"), e.some(x => x === undefined), e.sort(), e.length);
const big = Array.from({ length: 60000 }, (_, i) => i);
console.log(big.slice().length, big.slice()[59999], big.map(x => x)[59999], big.filter(x => x % 2)[29999], big.concat([1])[60000]);
console.log(new Array(60000).fill(1)[59999], big.splice(0, 55000).length, big.length, Array(70000).length, big.toSorted((x, y) => y - x)[0]);
