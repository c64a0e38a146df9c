// RangeErrors with V8 wording: arrays, numbers, strings, BigInt, recursion
function t(f) { try { console.log('ok', f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => new Array(-1));
t(() => new Array(2 ** 32));
t(() => new Array(1.5));
t(() => { const a = []; a.length = 2 ** 32; });
t(() => { const a = [1]; a.length = -1; });
t(() => (12.5).toFixed(-1));
t(() => (12.5).toFixed(101));
t(() => (12.5).toPrecision(0));
t(() => (255).toString(37));
t(() => 'ab'.repeat(-1));
t(() => 'ab'.repeat(Infinity));
t(() => 1n / 0n);
t(() => 1n % 0n);
t(() => 2n ** -1n);
t(() => BigInt(0.5));
t(() => BigInt(NaN));
t(() => String.fromCodePoint(-1));
t(() => new Array(3).length);
