// Oracle for the RegExp pattern corpus (tests/support/gen_regexp_corpus.py drives it).
//
// usage: node regexp_oracle.js ACORN_DIR < cases.json > results.json
//        node regexp_oracle.js ACORN_DIR --extract DIR... > literals.json
//
// --extract parses every .js/.mjs/.cjs file under the DIRs with acorn (as a script, else
// as a module; files acorn rejects are skipped) and prints the [pattern, flags] of every
// regex literal, sorted and unique.
//
// Reads a JSON array of [pattern, flags] and prints a JSON array of
// {"acorn": null | message, "v8": null | message, "ctor": null | message, "literal": bool}:
// acorn's verdict on the
// literal /pattern/flags (acorn 8.19, ecmaVersion "latest", which knows all of ES2025),
// and node's V8 message for the same literal (eval; V8 lacks ES2025 modifiers and
// duplicate named groups, so only its wording is used), and V8's message for
// new RegExp(pattern, flags) ("ctor").  "literal" is false when the
// text does not tokenize as exactly that one regex literal (e.g. an unescaped '/'),
// for those the test uses the constructor's verdict instead.
"use strict";
const path = require("path");
const acorn = require(path.join(process.argv[2], "dist", "acorn.js"));
const fs = require("fs");
if (process.argv[3] === "--extract") {
  const seen = new Set(), found = [];
  const walk = (dir) => {
    for (const ent of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = path.join(dir, ent.name);
      if (ent.isDirectory()) { walk(full); continue; }
      if (!/\.(js|mjs|cjs)$/.test(ent.name)) continue;
      const text = fs.readFileSync(full, "utf8");
      for (const sourceType of ["script", "module"]) {
        const here = [];
        const opts = {ecmaVersion: "latest", sourceType, allowHashBang: true, onToken(t) {
          if (t.type.label === "regexp") here.push([t.value.pattern, t.value.flags]);
        }};
        try { acorn.parse(text, opts); } catch (e) { continue; }
        for (const pf of here) {
          const key = JSON.stringify(pf);
          if (!seen.has(key)) { seen.add(key); found.push(pf); }
        }
        break;
      }
    }
  };
  for (const dir of process.argv.slice(4)) walk(dir);
  found.sort((a, b) => (a[0] + "/" + a[1] < b[0] + "/" + b[1] ? -1 : 1));
  process.stdout.write(JSON.stringify(found));
  process.exit(0);
}
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
const out = [];

// Whether p can sit between the slashes of a literal (RegularExpressionBody): no line
// terminator, no '/' outside a class, no trailing lone backslash.
function isBody(p) {
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (/[\n\r\u2028\u2029]/.test(c)) return false;
    if (c === "\\") { i++; if (i >= p.length || /[\n\r\u2028\u2029]/.test(p[i])) return false; }
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "/" && !inClass) return false;
  }
  return p.length > 0 && p[0] !== "*" && !inClass;
}
for (const [p, f] of cases) {
  const src = "/" + p + "/" + f;
  let ac = null, v8 = null, literal = true;
  try {
    const prog = acorn.parse(src, {ecmaVersion: "latest"});
    const e = prog.body.length === 1 && prog.body[0].expression;
    if (!e || e.type !== "Literal" || !e.regex || e.regex.pattern !== p || e.regex.flags !== f) literal = false;
  } catch (e) {
    ac = e.message.replace(/ \(\d+:\d+\)$/, "");
    if (/Unterminated regular expression|Unexpected token|Unterminated comment/.test(ac)) literal = false;
  }
  if (!isBody(p)) literal = false;
  let ctor = null;
  try { eval(src); } catch (e) { v8 = e.message; }
  try { new RegExp(p, f); } catch (e) { ctor = e.message; }
  out.push({acorn: ac, v8: v8, ctor: ctor, literal: literal});
}
process.stdout.write(JSON.stringify(out));
