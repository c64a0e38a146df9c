// Prints acorn's ESTree for JavaScript files as JSON (the reference the parser tests compare against).
//
// usage: node acorn_dump.js ACORN_DIR FILE [module|script]     one file, JSON on stdout
//        node acorn_dump.js ACORN_DIR --batch < jobs.json       many files, ONE node process
//
// Batch mode reads a JSON array of jobs [{"file": PATH, "module": BOOL, "out": PATH}, ...]
// from stdin and writes each file's JSON to its "out" path (through "out.tmp<pid>" and a
// rename, so a reader never sees half a file); it prints {"done": N} when finished.
// tests/support/npm_cache.py drives it and caches the results.
//
// Output normalisation (shared with tests/support/estree_compare.py): a RegExp or BigInt
// `value` becomes null (the `regex` / `bigint` fields carry the literal), non-finite numbers
// become null as JSON.stringify makes them. On a parse error prints {"error": message, "pos": n}.
"use strict";
const fs = require("fs");
const path = require("path");
const acorn = require(path.join(process.argv[2], "dist", "acorn.js"));

function replacer(k, v) {
  if (k === "value" && (typeof v === "bigint" || v instanceof RegExp)) return null;
  return v;
}

function dump(file, isModule) {
  const src = fs.readFileSync(file, "utf8");
  const sourceType = isModule ? "module" : "script";
  let ast;
  try {
    ast = acorn.parse(src, { ecmaVersion: "latest", sourceType, locations: true });
  } catch (e) {
    return JSON.stringify({ error: e.message, pos: e.pos });
  }
  return JSON.stringify(ast, replacer);
}

if (process.argv[3] === "--batch") {
  const jobs = JSON.parse(fs.readFileSync(0, "utf8"));
  for (const job of jobs) {
    const tmp = job.out + ".tmp" + process.pid;
    fs.writeFileSync(tmp, dump(job.file, job.module));
    fs.renameSync(tmp, job.out);
  }
  process.stdout.write(JSON.stringify({ done: jobs.length }));
} else {
  process.stdout.write(dump(process.argv[3], process.argv[4] === "module"));
}
