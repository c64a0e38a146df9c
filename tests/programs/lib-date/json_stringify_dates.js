console.log(JSON.stringify(new Date(0)));
console.log(JSON.stringify({ when: new Date(Date.UTC(2024, 2, 5, 14, 3, 9, 123)), bad: new Date(NaN) }));
console.log(JSON.stringify([new Date(-1), new Date(8.64e15), new Date(-8.64e15)]));
console.log(JSON.stringify({ d: new Date(0) }, (k, v) => (k === "d" ? typeof v : v)));
console.log(JSON.stringify({ d: new Date(0) }, null, 2));
const parsed = JSON.parse(JSON.stringify({ d: new Date(1709647389123) }), (k, v) => (k === "d" ? new Date(v) : v));
console.log(parsed.d instanceof Date, parsed.d.getTime());
class Stamp extends Date { toJSON() { return "stamp:" + this.getUTCFullYear(); } }
console.log(JSON.stringify([new Stamp(0)]));
const d = new Date(0); d.toJSON = undefined; console.log(JSON.stringify(d));
