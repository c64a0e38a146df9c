console.log(Date.UTC(), Date.UTC(2024), Date.UTC(2024, 0), Date.UTC(2024, 2, 5), Date.UTC(2024, 2, 5, 14, 3, 9, 123));
console.log(Date.UTC(NaN), Date.UTC(2024, NaN), Date.UTC(undefined), Date.UTC(2024, undefined), Date.UTC(null));
console.log(Date.UTC(1970, 0, 1), Date.UTC(1969, 11, 31, 23, 59, 59, 999), Date.UTC(2000, 1, 29), Date.UTC(2000, 1, 30));
console.log(Date.UTC(2024, 12), Date.UTC(2024, -1), Date.UTC(2024, 0, 0), Date.UTC(2024, 0, 1, 24), Date.UTC(2024, 0, 1, 0, 0, 0, -1));
console.log(Date.UTC(1.9, 1.9, 1.9), Date.UTC(-1.9, -1.9), Date.UTC("2024", "1"), Date.UTC(true, true));
console.log(Date.UTC(Infinity), Date.UTC(2024, Infinity), Date.UTC(2024, 0, 1, 0, 0, 0, -Infinity));
console.log(Date.UTC(-271821, 3, 20), Date.UTC(275760, 8, 13), Date.UTC(275760, 8, 13, 0, 0, 0, 1));
console.log(Date.UTC(0, 0, 1), Date.UTC(99, 11, 31), Date.UTC(100, 0, 1), Date.UTC(-1, 0, 1));
console.log(Date.UTC.length, Date.UTC.name, typeof Date.UTC(1));
try { Date.UTC(Symbol()); } catch (e) { console.log(e.constructor.name); }
try { Date.UTC(1n); } catch (e) { console.log(e.constructor.name); }
for (let y = 1600; y <= 2400; y += 100) console.log(y, Date.UTC(y, 1, 29) / 864e5, new Date(Date.UTC(y, 1, 29)).getUTCMonth());
