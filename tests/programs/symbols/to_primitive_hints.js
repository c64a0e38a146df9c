const hints = [];
const o = { [Symbol.toPrimitive](hint) { hints.push(hint); return hint === "number" ? 42 : "str"; } };
console.log(+o, `${o}`, o + "", o * 2, o == "str", String(o), Number(o));
console.log(hints.join(","));
const obj = {}; obj[o] = 1;
console.log(Object.keys(obj), hints.at(-1));
console.log(o < 50, hints.at(-1));
