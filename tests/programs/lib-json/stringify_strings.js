// JSON.stringify string escaping: control characters, quotes, well-formed surrogates
console.log(JSON.stringify('quote" back\\ slash/'));
const ctrl = [];
for (let i = 0; i < 32; i++) ctrl.push(String.fromCharCode(i));
console.log(JSON.stringify(ctrl.join("")));
console.log(JSON.stringify("\u007f\u0080\u00a0\u2028\u2029\ufeff"));
// well-formed JSON.stringify: lone surrogates escaped, pairs kept
console.log(JSON.stringify("\ud83d\ude00"), JSON.stringify("\ud83d\ude00").length);
console.log(JSON.stringify("\ud800"), JSON.stringify("\udfff"), JSON.stringify("\udc00\ud800"));
console.log(JSON.stringify("a\ud800b"), JSON.stringify("\ud800\ud800\udc00"));
console.log(JSON.stringify("\ude00\ud83d"));
// keys are escaped too
console.log(JSON.stringify({ "\n": 1, '"': 2, "\ud800": 3, "\ud83d\ude00": 4 }));
// roundtrip
const tricky = "\u0000\u001f\"\\\ud800\ud83d\ude00\u2028";
console.log(JSON.parse(JSON.stringify(tricky)) === tricky);
// lowercase hex
console.log(JSON.stringify("\u001b\u000b\udabc"));
// string objects in keys
console.log(JSON.stringify({ [new String("k")]: "v" }));
// long strings
console.log(JSON.stringify("x".repeat(20)).length);
// empty
console.log(JSON.stringify(""), JSON.stringify([""]), JSON.stringify({ "": "" }));
