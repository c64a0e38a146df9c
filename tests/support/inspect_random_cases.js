// Random nested arrays/objects and node's util.inspect of each, as JSON [[json, inspected], ...].
// usage: node inspect_random_cases.js [SEED] [COUNT]  (used by tests/test_vm_inspect.py)
const util = require('util');
let seed = Number(process.argv[2] || 42);
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
function val(d) {
  const r = rnd();
  if (d > 3 || r < 0.35) { const x = Math.floor(rnd() * 10 ** Math.floor(rnd() * 7)); return rnd() < 0.2 && x ? -x : x; }
  if (r < 0.5) return 'x'.repeat(Math.floor(rnd() * 25));
  if (r < 0.55) return rnd() < 0.5 ? null : true;
  if (r < 0.6) return rnd() * 1000;
  if (r < 0.8) { const n = Math.floor(rnd() * 40); const a = []; for (let i = 0; i < n; i++) a.push(val(d + 1)); return a; }
  const n = Math.floor(rnd() * 8); const o = {}; for (let i = 0; i < n; i++) o['k' + Math.floor(rnd() * 100)] = val(d + 1); return o;
}
const out = [];
for (let i = 0; i < Number(process.argv[3] || 400); i++) { const v = val(0); out.push([JSON.stringify(v), util.inspect(v)]); }
console.log(JSON.stringify(out));
