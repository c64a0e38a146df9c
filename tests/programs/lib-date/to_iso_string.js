const ts = [0, 1, -1, 999, 1709647389123, -62167219200000, -62167219200001, 253402300799999, 253402300800000, 8.64e15, -8.64e15,
  -62198755200000, 1e13, -1e13, 946684800000];
for (const t of ts) console.log(t, new Date(t).toISOString());
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toISOString.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toISOString.call(0); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype.toISOString.length, Date.prototype.toISOString.name);
for (let y = -3; y <= 3; y++) { const d = new Date(0); d.setUTCFullYear(y); console.log(y, d.toISOString()); }
for (const y of [9999, 10000, 99999, 100000, 275760, -99999, -100000, -271821]) { const d = new Date(Date.UTC(2000, 3, 20)); d.setUTCFullYear(y); console.log(y, d.toISOString()); }
