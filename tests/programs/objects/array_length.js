const a = [1, 2, 3, 4, 5];
a.length = 3;
console.log(a, a.length, 3 in a, 4 in a);
a.length = 6;
console.log(a, a.length);
a[9] = 'nine';
console.log(a.length, a);
a.length = '2';
console.log(a);
for (const bad of [-1, 1.5, 2 ** 32, NaN, 'abc', Infinity]) {
  try { a.length = bad; console.log('ok', bad); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
try { new Array(-1); } catch (e) { console.log(e.message); }
try { Object.defineProperty([], 'length', { value: -1 }); } catch (e) { console.log(e.message); }
// valueOf is consulted (twice, as the spec's ToUint32 and ToNumber do)
let calls = 0;
a.length = { valueOf() { calls++; return 1; } };
console.log(a, calls);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length')));
try { delete a.length; } catch (e) { console.log(e.message); }
console.log(delete a.length, a.length);
const big = [];
big[4294967294] = 'last';
console.log(big.length, big[4294967294]);
big[4294967295] = 'not an index';
console.log(big.length, Object.keys(big));
