const returnsObj = { [Symbol.toPrimitive]() { return {}; } };
try { +returnsObj; } catch (e) { console.log("object result:", e.constructor.name); }
const notFn = { [Symbol.toPrimitive]: 1 };
try { `${notFn}`; } catch (e) { console.log("not callable:", e.constructor.name); }
const nullish = { [Symbol.toPrimitive]: null, valueOf() { return 7; } };
console.log("null falls back:", +nullish);
const undef = { [Symbol.toPrimitive]: undefined, toString() { return "ts"; } };
console.log("undefined falls back:", `${undef}`);
const throws = { [Symbol.toPrimitive]() { throw new Error("inside"); } };
try { throws + 1; } catch (e) { console.log(e.message); }
const args = [];
const rec = { [Symbol.toPrimitive](...a) { args.push(a.length, typeof this); return 0; } };
+rec;
console.log(args);
