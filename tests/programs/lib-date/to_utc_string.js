const ts = [0, -1, 1709647389123, 951782400000, -62167219200000, -62198755200000, 8.64e15, -8.64e15, 1e13, 253402300800000];
for (const t of ts) console.log(t, new Date(t).toUTCString(), new Date(t).toGMTString());
console.log(new Date(NaN).toUTCString());
for (let d = 0; d < 7; d++) console.log(new Date(Date.UTC(2024, 0, d + 1)).toUTCString());
for (let m = 0; m < 12; m++) console.log(new Date(Date.UTC(2024, m, 9, 8, 7, 6)).toUTCString());
try { Date.prototype.toUTCString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toGMTString.call([]); } catch (e) { console.log(e.constructor.name, e.message); }
