// + : string concatenation vs numeric addition after ToPrimitive(default)
console.log(1 + 2, '1' + 2, 1 + '2', 1 + 2 + '3', '1' + 2 + 3, 1 + true, true + true, null + 1);
console.log(undefined + 1, undefined + '', null + '', [] + [], [] + {}, ({}) + [], [1] + [2], [1, [2, 3]] + 4);
console.log(1n + 2n, 1n + '2', '3' + 4n, `${5n}`, 0.1 + 0.2, 1e21 + 1, -0 + -0, -0 + 0, Object.is(-0 + -0, -0));
console.log(Symbol.iterator.toString(), 'x' + String(Symbol('d')));
try { 'x' + Symbol('d'); } catch (e) { console.log(e.constructor.name, e.message); }
try { 1n + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { 1 + 1n; } catch (e) { console.log(e.constructor.name, e.message); }
console.log({ valueOf: () => 1, toString: () => 'two' } + 1, `${{ valueOf: () => 1, toString: () => 'two' }}`);
