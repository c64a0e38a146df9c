const log = [];
const t = (name, v) => { log.push(name); return v; };
const { a = t("a", 1), b = t("b", 2), c = t("c", 3) } = { b: undefined, c: null };
console.log(a, b, c, log.join());
log.length = 0;
const [x = t("x", 1), y = t("y", x + 1), z = t("z", y + 1)] = [undefined, 10];
console.log(x, y, z, log.join());
function f(p = t("p", 1), q = t("q", p * 2)) { return [p, q]; }
log.length = 0;
console.log(f(), f(5), f(undefined, 0), log.join());
