console.log(Object.prototype.toString.call(Date.prototype), Object.prototype.toString.call(new Date(0)));
try { Date.prototype.getTime(); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toString(); } catch (e) { console.log(e.constructor.name, e.message); }
try { String(Date.prototype); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Date.prototype instanceof Date, new Date(0) instanceof Date, Object.create(Date.prototype) instanceof Date);
const fake = Object.create(Date.prototype);
try { fake.getTime(); } catch (e) { console.log(e.constructor.name, e.message); }
try { fake.setDate(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(Object.prototype.toString.call(fake));
const tagged = new Date(0); tagged[Symbol.toStringTag] = "Custom";
console.log(Object.prototype.toString.call(tagged));
console.log(Object.getPrototypeOf(new Date(0)) === Date.prototype, Object.isExtensible(new Date(0)));
console.log(Object.getOwnPropertyNames(new Date(0)).length);
