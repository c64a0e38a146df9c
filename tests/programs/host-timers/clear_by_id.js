// clearTimeout accepts the Timeout object, or its id once [Symbol.toPrimitive] handed it out
// (as a number or a string); an id nobody asked for, or junk, is ignored.
const a = setTimeout(() => console.log("a never"), 100);
clearTimeout(a);
const b = setTimeout(() => console.log("b never"), 100);
const idB = +b;
console.log(typeof idB, Number.isInteger(idB), idB > 0);
clearTimeout(idB);
const c = setTimeout(() => console.log("c never"), 100);
clearTimeout(`${c}`);
const d = setTimeout(() => console.log("d runs: unknown id ignored"), 100);
clearTimeout(+d + 1000);
clearTimeout(String(+d + 1000));
console.log(clearTimeout(), clearTimeout(null), clearTimeout({}), clearTimeout("abc"), clearTimeout(NaN));
const e = setTimeout(() => console.log("e runs: a different object"), 100);
clearTimeout({ valueOf() { return +e } });
const i = setImmediate(() => console.log("immediate never"));
clearImmediate(i);
console.log(clearImmediate(), clearImmediate(null));
clearTimeout(setImmediate(() => console.log("immediate not cleared by clearTimeout")));
