console.log(new Date(0));
console.log(new Date(NaN));
console.log([new Date(1709647389123), new Date(NaN)]);
console.log({ at: new Date(-1), nested: { d: new Date(8.64e15) } });
class Sub extends Date {}
console.log(new Sub(0), [new Sub(NaN)]);
const withProps = new Date(0); withProps.note = "hi"; withProps.n = 2;
console.log(withProps);
const nullProto = new Date(0); Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
console.log(new Map([[new Date(0), new Date(1)]]), new Set([new Date(2)]));
console.log(String(new Date(0)) === `${new Date(0)}`);
console.log("%s", new Date(0) instanceof Date);
const neg = new Date(0); neg.setUTCFullYear(-5); console.log(neg);
const big = new Date(0); big.setUTCFullYear(20000); console.log(big);
