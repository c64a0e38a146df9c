// Oracle for tests/data/regexp_match_corpus.json (driven by gen_regexp_match_corpus.py).
//
// usage: node regexp_match_oracle.js < cases.json > results.json
// Reads a JSON array of [pattern, flags, subject, lastIndex]; for each case builds
// new RegExp(pattern, flags + "d" + ("g" unless sticky)), sets lastIndex, calls exec and
// prints null or {index, end, groups: [...], indices: [[s, e] | null, ...], named: {...} | null}
// (undefined captures as null), or {error: message} if the constructor throws.
"use strict";
const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
const out = cases.map(([p, f, s, li]) => {
  let re;
  try {
    re = new RegExp(p, f + "d" + (f.includes("y") ? "" : "g"));
  } catch (e) {
    return {error: String(e.message)};
  }
  re.lastIndex = li;
  const m = re.exec(s);
  if (m === null) return null;
  const groups = [], indices = [];
  for (let i = 1; i < m.length; i++) {
    groups.push(m[i] === undefined ? null : m[i]);
    indices.push(m.indices[i] === undefined ? null : m.indices[i]);
  }
  let named = null;
  if (m.groups !== undefined) {
    named = {};
    for (const k of Object.keys(m.groups)) named[k] = m.groups[k] === undefined ? null : m.groups[k];
  }
  return {index: m.index, end: m.index + m[0].length, groups, indices, named};
});
process.stdout.write(JSON.stringify(out));
