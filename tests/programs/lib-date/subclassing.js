class MyDate extends Date {
  constructor(...a) { super(...a); this.extra = "x"; }
  year() { return this.getFullYear(); }
  toString() { return "MyDate:" + super.toString().slice(0, 15); }
}
const m = new MyDate(2024, 2, 5);
console.log(m instanceof MyDate, m instanceof Date, m.year(), m.extra, String(m), m.getTime() === new Date(2024, 2, 5).getTime());
console.log(Object.prototype.toString.call(m), JSON.stringify(m), m + "", m - new MyDate(2024, 2, 4));
console.log(new MyDate(0).getTime(), new MyDate("2024-03-05").getTime(), new MyDate(new MyDate(5)).getTime());
class NoCtor extends Date {}
const n = new NoCtor(86400000);
console.log(n.getUTCDate(), n.constructor.name, Object.getPrototypeOf(n) === NoCtor.prototype);
function F() {}
F.prototype = Object.create(Date.prototype);
const r = Reflect.construct(Date, [0], F);
console.log(r instanceof F, r.getTime(), Object.getPrototypeOf(r) === F.prototype);
function G() {}
G.prototype = null;
const g = Reflect.construct(Date, [0], G);
console.log(Object.getPrototypeOf(g) === Date.prototype);
const bound = Date.bind(null, 2024, 0);
console.log(new bound(15).getDate(), typeof bound());
class Weird extends Date { constructor() { super(); return { not: "a date" }; } }
console.log(JSON.stringify(new Weird()));
try { class Bad extends Date { constructor() { } } new Bad(); } catch (e) { console.log(e.constructor.name); }
