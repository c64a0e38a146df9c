const vals = [0, "0", "", false, null, undefined, NaN, "1", 1, true];
for (const a of vals) {
  const row = [];
  for (const b of vals) row.push(a == b ? 1 : 0);
  console.log(String(a).padEnd(10), row.join(" "));
}
console.log(null === null, undefined === undefined, NaN === NaN, 0 === -0, "a" === "a");
console.log({} == {}, [] == false, [0] == false, "" == 0, null == 0, undefined == null);
const o = {};
console.log(o === o, o == o, [1] == 1, "1,2" == [1, 2]);
