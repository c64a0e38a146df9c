const vals = [8.64e15, -8.64e15, 8.64e15 + 0.5, 8.64e15 - 0.5, -0, 0.999, -0.999, 1.5, -1.5, 2 ** 53, 8.64e15 + 1];
for (const v of vals) {
  const t = new Date(v).getTime();
  console.log(v, t, Object.is(t, -0));
}
console.log(Object.is(new Date(-0).getTime(), 0), Object.is(new Date(-0.5).valueOf(), 0));
console.log(new Date(8.64e15).toISOString(), new Date(-8.64e15).toISOString());
console.log(new Date(275760, 8, 13).getTime(), new Date(275760, 8, 14).getTime());
console.log(Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1), Date.UTC(-271821, 3, 20), Date.UTC(-271821, 3, 19, 23, 59, 59, 999));
const d = new Date(0); console.log(d.setTime(8.64e15), d.setTime(8.64e15 + 1), d.setTime(-0), Object.is(d.getTime(), 0));
