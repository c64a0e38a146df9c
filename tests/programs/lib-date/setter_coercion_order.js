const log = [];
const v = (n, x) => ({ valueOf() { log.push(n); return x; } });
const d = new Date(2020, 0, 1);
d.setHours(v("h", 1), v("m", 2), v("s", 3), v("ms", 4)); console.log(log.join(","), d.toString()); log.length = 0;
d.setMonth(v("m", 5), v("d", 6)); console.log(log.join(","), d.toString()); log.length = 0;
d.setFullYear(v("y", 2021), v("m", 7), v("d", 8)); console.log(log.join(","), d.toString()); log.length = 0;
try { d.setMinutes(v("m", 1), { valueOf() { throw new Error("stop"); } }, v("ms", 3)); } catch (e) { console.log(e.message, log.join(",")); }
log.length = 0;
const before = d.getTime();
try { d.setSeconds(v("s", 1), { valueOf() { throw new Error("stop2"); } }); } catch (e) { console.log(e.message, log.join(","), d.getTime() === before); }
log.length = 0;
try { Date.prototype.setHours.call({}, { valueOf() { log.push("never"); return 1; } }); } catch (err) { console.log(err.constructor.name, log.includes("never")); }
