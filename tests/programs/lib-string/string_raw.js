// String.raw with templates and with hand-made raw objects
console.log(String.raw`a\nb${1 + 1}\t${"x"}\u0041`);
console.log(String.raw`\u{` === "\\u{", String.raw``, String.raw`${1}${2}`);
console.log(String.raw({ raw: ["x", "y", "z"] }, 1, 2, 3, 4));
console.log(String.raw({ raw: "abc" }, "-", "+"));
console.log(String.raw({ raw: { length: 2, 0: "p", 1: "q" } }, "Z"));
console.log(JSON.stringify(String.raw({ raw: { length: 0 } }, 1)), JSON.stringify(String.raw({ raw: { length: -1 } })), JSON.stringify(String.raw({ raw: {} })));
console.log(String.raw({ raw: { length: 3.7, 0: 1, 1: null, 2: undefined } }, true, false));
console.log(String.raw({ raw: { length: "2", 0: "a", 1: "b" } }));
for (const bad of [undefined, null, {}, { raw: null }]) {
  try { String.raw(bad); } catch (e) { console.log(e.name, e.message); }
}
const log = [];
String.raw({ raw: { get length() { log.push("len"); return 2; }, get 0() { log.push("0"); return "a"; }, get 1() { log.push("1"); return "b"; } } }, { toString() { log.push("sub"); return "S"; } });
console.log(log.join(","), String.raw.length);
const tag = (strings, ...subs) => strings.raw.join("|") + " " + subs.join(",");
console.log(tag`one\n${1}two${2}`);
