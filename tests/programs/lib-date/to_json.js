console.log(new Date(0).toJSON(), new Date(NaN).toJSON(), new Date(8.64e15).toJSON());
console.log(Date.prototype.toJSON.call({ toISOString() { return "custom"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return NaN; }, toISOString() { return "never"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return "never"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return "str"; }, toISOString() { return "iso"; } }));
console.log(Date.prototype.toJSON.call({ valueOf() { return -Infinity; }, toISOString() { return 1; } }));
console.log(Date.prototype.toJSON.call({ toISOString() { return { a: 1 }; } }));
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toJSON.call({ toISOString: 5 }); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toJSON.call(null); } catch (e) { console.log(e.constructor.name, e.message); }
try { Date.prototype.toJSON.call(undefined); } catch (e) { console.log(e.constructor.name, e.message); }
Number.prototype.toISOString = function () { return "num:" + this; };
console.log(Date.prototype.toJSON.call(5));
delete Number.prototype.toISOString;
const log = [];
const o = { [Symbol.toPrimitive](h) { log.push(h); return 1; }, toISOString() { log.push("iso"); return "x"; } };
console.log(Date.prototype.toJSON.call(o), log.join(","));
console.log(Date.prototype.toJSON.length, Date.prototype.toJSON.name);
const d = new Date(0); d.toISOString = () => "overridden"; console.log(d.toJSON(), JSON.stringify(d));
