const a = new Date(2024, 0, 1), b = new Date(2024, 0, 2);
console.log(b - a, a < b, a > b, a <= a, +a === a.valueOf(), a.valueOf() === a.getTime());
console.log(a == new Date(2024, 0, 1), a === a, a.getTime() === new Date(2024, 0, 1).getTime());
console.log(Math.max(a, b) === b.getTime(), Math.min(a, b) === a.getTime(), Number(a) === a.getTime());
console.log(isNaN(new Date(NaN)), isNaN(a), Number(new Date(NaN)), new Date(NaN) - 0, new Date(NaN) < a, new Date(NaN) >= a);
console.log((b - a) / 864e5, Math.round((new Date(2024, 2, 11) - new Date(2024, 2, 10)) / 36e5), (new Date(2024, 10, 4) - new Date(2024, 10, 3)) / 36e5);
console.log(typeof a.valueOf(), Date.prototype.valueOf.length);
try { Date.prototype.valueOf.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.valueOf.call(Date.prototype); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(new Date(0) + new Date(0) === new Date(0).toString() + new Date(0).toString());
console.log(JSON.stringify([a > 0, a * 1 > 0, -a < 0, ~~new Date(5), new Date(5) | 0, new Date(5) >>> 0]));
