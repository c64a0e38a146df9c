const d = new Date(0);
console.log(d.setTime(1000), d.getTime());
console.log(d.setTime("2000"), d.setTime(true), d.setTime(null), d.setTime(undefined), d.getTime());
console.log(d.setTime(1.9), d.setTime(-1.9), Object.is(d.setTime(-0.5), 0), d.setTime(8.64e15), d.setTime(8.64e15 + 1));
console.log(d.setTime(), d.setTime(NaN), d.setTime(Infinity), d.setTime({ valueOf: () => 77 }), d.setTime([5]));
try { d.setTime(Symbol()); } catch (e) { console.log(e.constructor.name); }
try { Date.prototype.setTime.call({}, 1); } catch (e) { console.log(e.constructor.name, e.message); }
let called = false;
try { Date.prototype.setTime.call({}, { valueOf() { called = true; return 1; } }); } catch (e) { console.log(called); }
console.log(Date.prototype.setTime.length);
