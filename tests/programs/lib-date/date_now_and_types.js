const t = Date.now();
console.log(typeof t, Number.isSafeInteger(t), t > 1.6e12);
console.log(Date.now.length, Date.now.name, Date.parse.length, Date.parse.name, Date.length, Date.name);
const d = new Date();
console.log(Math.abs(d.getTime() - Date.now()) < 10000);
console.log(typeof Date.prototype, Date.prototype.constructor === Date, Object.getPrototypeOf(Date.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(Date) === Function.prototype, new Date().constructor === Date);
console.log(Date.now.call(undefined) > 0, Date.now.call(5) > 0);
try { new Date.now(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date.UTC(); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Date.prototype.getTime(); } catch (e) { console.log(e.constructor.name, e.message); }
