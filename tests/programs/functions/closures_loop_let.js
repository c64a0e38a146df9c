const fns = [];
for (let i = 0; i < 5; i++) {
  fns.push(() => i);
}
console.log(fns.map(f => f()));
const fns2 = [];
for (var j = 0; j < 3; j++) {
  fns2.push(function () { return j; });
}
console.log(fns2.map(f => f()));
const fns3 = [];
for (const k of [10, 20, 30]) fns3.push(() => k * 2);
console.log(fns3.map(f => f()));
const fns4 = [];
let n = 0;
while (n < 3) {
  let m = n * n;
  fns4.push(() => m);
  n++;
}
console.log(fns4.map(f => f()));
