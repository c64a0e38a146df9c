const log = [];
const src = {
  get a() { log.push("get a"); return undefined; },
  get b() { log.push("get b"); return 2; },
};
const { b, a = (log.push("default a"), 1) } = src;
console.log(a, b, log.join(" | "));
log.length = 0;
const key = (k) => { log.push("key " + k); return k; };
const { [key("b")]: bb, [key("a")]: aa = (log.push("dflt"), 9) } = src;
console.log(aa, bb, log.join(" | "));
