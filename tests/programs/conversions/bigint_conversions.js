// BigInt conversions: BigInt(), comparisons with numbers/strings, mixing rules, ToString
function t(f) { try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
t(() => [BigInt(10), BigInt('0x10'), BigInt('0b101'), BigInt('0o7'), BigInt('  42  '), BigInt(''), BigInt(true), BigInt(false)]);
t(() => BigInt('1e3'));
t(() => BigInt('12n'));
t(() => BigInt('-0x10'));
t(() => BigInt(Number.MAX_SAFE_INTEGER) * 2n);
t(() => BigInt(2 ** 60));
t(() => BigInt(Infinity));
t(() => BigInt(null));
t(() => BigInt({ valueOf() { return 7n; } }));
t(() => BigInt({ valueOf() { return 7; } }));
t(() => [1n == 1, 1n === 1, 2n > 1, 1n < 1.5, 2n ** 53n + 1n > 2 ** 53, 0n == -0, 0n == '', 1n == '1', 1n == 'x']);
t(() => [String(-12n), (255n).toString(), `${2n ** 70n}`, 5n + '', JSON.stringify({ a: String(1n) })]);
t(() => JSON.stringify({ a: 1n }));
t(() => Number(2n ** 64n));
t(() => parseInt('123n'));
t(() => [typeof 0n, !!0n, !0n, 0n ? 'y' : 'n', 1n && 'and', 0n || 'or']);
t(() => [5n / 3n, -5n / 3n, 5n % -3n, -5n % 3n]);
t(() => Math.abs(-5n));
t(() => isNaN(1n));
t(() => [1n, 2n, -3n].sort());
t(() => [3n, 1n, 2n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
