const receivers = [{}, [], 1, "2024-01-01", null, undefined, Object.create(Date.prototype), function () {}];
const methods = ["getTime", "getFullYear", "getUTCHours", "getTimezoneOffset", "valueOf", "setTime", "setDate", "setUTCFullYear",
  "toString", "toISOString", "toUTCString", "toDateString", "toTimeString", "toLocaleString", "getYear", "setYear"];
for (const m of methods) {
  const out = [];
  for (const r of receivers) {
    try { Date.prototype[m].call(r, 1); out.push("ok"); } catch (e) { out.push(e.constructor.name); }
  }
  console.log(m, out.join(" "));
}
try { Date.prototype.getDay.call(1); } catch (e) { console.log(e.message); }
try { Date.prototype.setMonth.call([], 1); } catch (e) { console.log(e.message); }
try { Date.prototype.toDateString.call(null); } catch (e) { console.log(e.message); }
try { Date.prototype.toTimeString.call(new Map()); } catch (e) { console.log(e.message); }
