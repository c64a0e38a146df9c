const ts = (x) => Object.prototype.toString.call(x);
class Tagged { get [Symbol.toStringTag]() { return "Custom"; } }
console.log(ts(new Tagged()), String(new Tagged()));
console.log(ts({ [Symbol.toStringTag]: 5 }), ts([]), ts(null), ts(undefined), ts(() => {}));
console.log(ts(Math), ts(JSON), ts(Symbol()), ts(1n), ts(new Map()), ts(new Set()), ts(Promise.resolve()));
console.log(ts((function* () {})()), ts(function* () {}), ts(async function () {}));
const arr = []; arr[Symbol.toStringTag] = "NotArray";
console.log(ts(arr));
function args() { return ts(arguments); }
console.log(args(), ts(new Error("e")), ts(true), ts("s"), ts(1));
