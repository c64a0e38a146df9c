// Date() called without new returns a string for the current time and ignores arguments.
const s = Date();
console.log(typeof s);
console.log(/^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d{4} \d\d:\d\d:\d\d GMT[+-]\d{4} \(.+\)$/.test(s));
console.log(typeof Date(0), Date(0) === Date(0) || Date(0).length > 20);
console.log(typeof Date(2020, 1, 1), /2020/.test(Date(2020, 1, 1)) === false || true);
console.log(Date.call(null, 1, 2, 3).length > 20);
console.log(typeof new Date(), new Date() instanceof Date, Object.prototype.toString.call(new Date()));
console.log(typeof Date.now(), Number.isInteger(Date.now()));
const a = Date.now(), b = new Date().getTime(), c = Date.now();
console.log(a <= b, b <= c, c - a < 10000);
console.log(Math.abs(Date.parse(Date()) - Date.now()) < 5000);
