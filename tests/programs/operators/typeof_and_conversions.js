console.log(typeof 1, typeof "s", typeof true, typeof undefined, typeof null, typeof {}, typeof [], typeof function () {}, typeof 1n);
console.log(Boolean(""), Boolean("0"), Boolean(0), Boolean(NaN), Boolean([]), Boolean({}), !!-0);
console.log(Number("12px"), parseInt("12px"), parseFloat("3.14abc"), parseInt("ff", 16), parseInt("0x10"), Number(""), Number(" 7 "));
console.log(Number.isInteger(5), Number.isInteger(5.5), isNaN("abc"), Number.isNaN("abc"), isFinite("12"));
console.log(String(123), (123).toString(), 5 + "", [1, 2, 3].toString(), String(Symbol("s")));
console.log(1 < 2 < 3, 3 > 2 > 1, "2" > "12", 2 > "12", null >= 0, undefined >= 0);
const valueOfObj = { valueOf() { return 42; } };
const toStringObj = { toString() { return "custom"; } };
console.log(valueOfObj + 1, `${toStringObj}`, toStringObj + "!", valueOfObj > 41);
