const vals = [0, 1, -1, 1.5, -1.5, 0.9, -0.9, 1e12, "0", "1", "", " ", "2024-03-05", "1e3", true, false, null,
  [], [1000], ["2024-01-01"], { valueOf() { return 42; } }, { toString() { return "2020-02-02"; } },
  { valueOf() { return "2021-01-01T00:00:00Z"; } }, new Number(7), new String("2019-01-01"), new Boolean(true)];
for (const v of vals) {
  let r;
  try { r = new Date(v).getTime(); } catch (e) { r = e.constructor.name + ": " + e.message; }
  console.log(typeof v, JSON.stringify(v), r, Object.is(r, -0));
}
const orig = new Date(2020, 5, 15, 10, 20, 30, 400);
const copy = new Date(orig);
console.log(copy.getTime() === orig.getTime(), copy !== orig);
orig.valueOf = () => 5; orig.toString = () => "1999-01-01";
console.log(new Date(orig).getTime() === copy.getTime());
const inv = new Date(NaN);
console.log(new Date(inv).getTime());
try { new Date(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date(10n); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date(Object.create(null)); } catch (e) { console.log(e.constructor.name, e.message); }
