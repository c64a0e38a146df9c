const arr = [1, 2, 3];
const out = [];
for (const x of arr) { out.push(x); if (x === 1) arr.push(4); if (out.length > 10) break; }
console.log(out);
const it = arr[Symbol.iterator]();
console.log(it.next(), (arr.length = 1, it.next()), it.next());
arr.push(9);
console.log(it.next());
const e = ["a", "b"].entries();
console.log([...e], [...["x", , "z"].keys()], [...["x", , "z"].values()]);
console.log(Object.prototype.toString.call([].values()), [][Symbol.iterator] === [].values);
