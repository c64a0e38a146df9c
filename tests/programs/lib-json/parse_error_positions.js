// JSON.parse error messages on truncated and corrupted documents (V8 wording, positions, context snippets)
const msg = (s) => { try { JSON.parse(s); return "ok"; } catch (e) { return e.constructor.name + ": " + e.message; } };
const doc = '{"a":[1,{"b":null}],"c":"x\\n","d":-1.5e3}';
for (let i = 1; i < doc.length; i += 2) console.log(i, msg(doc.slice(0, i)));
for (const tail of ["x", "}", "]", ",", '"', "1", "\\"]) console.log(JSON.stringify(tail), msg(doc.slice(0, 14) + tail), "|", msg(doc.slice(0, 21) + tail));
// second key missing its colon vs the first
console.log(msg('{"a"'), "|", msg('{"b":1,"a"'), "|", msg('{"b":1,"a" x'));
// short (<= 20 chars) sources are quoted whole, longer ones get a context window
for (let n = 16; n <= 19; n++) console.log(n + 4, msg("[" + "1".repeat(n) + ",x]"));
console.log(msg('[' + '1,'.repeat(40) + 'x]'));
console.log(msg('"x\\'), "|", msg('"x\\u00'), "|", msg('"abc'));
