// String.prototype.repeat: counts, errors and coercions
const counts = [0, 1, 2, 3.7, "2", null, undefined, NaN, -0, false, true, [2], {valueOf() { return 3; }}];
for (const c of counts) console.log(String(c), JSON.stringify("ab".repeat(c)));
for (const c of [-1, -Infinity, Infinity, -0.5, -1e-300]) {
  try { console.log(String(c), JSON.stringify("ab".repeat(c))); } catch (e) { console.log(String(c), e.name, e.message); }
}
console.log(JSON.stringify("".repeat(2 ** 40)), JSON.stringify("".repeat(0)));
try { "".repeat(Infinity); } catch (e) { console.log(e.name, e.message); }
try { "abc".repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.repeat.call(undefined, 1); } catch (e) { console.log(e.name, e.message); }
try { "a".repeat(1n); } catch (e) { console.log(e.name, e.message); }
console.log(String.prototype.repeat.call(12, 2), "😀".repeat(3).length, String.prototype.repeat.length);
