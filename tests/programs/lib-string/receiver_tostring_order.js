// The receiver is converted with ToString before any argument is looked at
const log = [];
const recv = { toString() { log.push("this"); return "abcabc"; }, valueOf() { log.push("valueOf"); return "nope"; } };
const arg = name => ({ toString() { log.push(name); return "b"; }, valueOf() { log.push(name); return 1; } });
const calls = [["at", 1], ["charAt", 1], ["charCodeAt", 1], ["codePointAt", 1], ["endsWith", 2], ["includes", 2], ["indexOf", 2], ["lastIndexOf", 2], ["localeCompare", 1], ["normalize", 0], ["padEnd", 2], ["padStart", 2], ["repeat", 1], ["slice", 2], ["startsWith", 2], ["substring", 2], ["substr", 2], ["toLowerCase", 0], ["trim", 0], ["anchor", 1]];
for (const [m, n] of calls) {
  log.length = 0;
  const args = Array.from({ length: n }, (_, i) => arg("arg" + i));
  let r;
  try { r = String.prototype[m].apply(recv, args); } catch (e) { r = e.name; }
  console.log(m, JSON.stringify(r), log.join(","));
}
log.length = 0;
try { String.prototype.repeat.call({ toString() { log.push("this"); throw new Error("boom"); } }, arg("count")); } catch (e) { console.log(e.message, log.join(",")); }
const sym = { toString() { return Symbol("s"); } };
try { String.prototype.trim.call(sym); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.trim.call(Symbol("t")); } catch (e) { console.log(e.name, e.message); }
