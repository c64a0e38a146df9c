// mutating methods on frozen, sealed and non-extensible arrays
const f = Object.freeze([3, 1, 2]);
for (const [m, args] of [["push", [1]], ["pop", []], ["shift", []], ["unshift", [0]], ["splice", [0, 1]], ["reverse", []], ["sort", []], ["fill", [0]], ["copyWithin", [0, 1]]]) {
  try { f[m](...args); console.log(m, "ok"); } catch (e) { console.log(m, e.constructor.name); }
}
console.log(f, f.slice().sort(), f.toSorted(), f.map(x => x));
const s = Object.seal([1, 2]);
s[0] = 9;
try { s.push(3); } catch (e) { console.log("sealed push", e.constructor.name); }
try { s.pop(); } catch (e) { console.log("sealed pop", e.constructor.name); }
console.log(s, s.reverse(), s.sort());
const n = Object.preventExtensions([1, 2]);
try { n.push(3); } catch (e) { console.log("ne push", e.constructor.name); }
console.log(n.pop(), n, n.length);
try { n.unshift(0); } catch (e) { console.log("ne unshift", e.constructor.name); }
