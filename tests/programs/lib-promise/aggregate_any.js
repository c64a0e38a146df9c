// Promise.any and AggregateError: errors order, properties, message
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
let res1, rej1, rej2;
const p1 = new Promise((r, j) => { res1 = r; rej1 = j; });
const p2 = new Promise((r, j) => { rej2 = j; });
Promise.any([p1, p2, Promise.reject("third")]).catch(e => {
  log.push(e.constructor.name + " | " + e.message + " | " + JSON.stringify(e.errors));
  log.push("errors own:" + Object.prototype.hasOwnProperty.call(e, "errors") + " enumerable:" + Object.getOwnPropertyDescriptor(e, "errors").enumerable);
  log.push("isArray:" + Array.isArray(e.errors) + " instanceof Error:" + (e instanceof Error));
});
rej2("second");
rej1("first");
// first fulfilled wins even after rejections
Promise.any([Promise.reject(1), new Promise(r => later(3).then(() => r("slow"))), Promise.reject(2)]).then(v => log.push("any won: " + v));
// empty any
Promise.any([]).catch(e => log.push("empty: " + e.constructor.name + " " + JSON.stringify(e.errors) + " " + e.message));
// holes in iterable -> undefined value fulfills
Promise.any([, Promise.reject(0)]).then(v => log.push("hole: " + v));
// AggregateError directly
const ae = new AggregateError(new Set(["x", "y"]), "msg", { cause: "c" });
log.push(JSON.stringify(ae.errors) + " " + ae.message + " " + ae.cause + " " + ae.name);
log.push(Object.keys(ae).join() + "|" + Object.getOwnPropertyNames(ae).filter(n => n !== "stack").join());
try { new AggregateError(5); } catch (e) { log.push(e.constructor.name); }
log.push(String(new AggregateError([])));
log.push(Object.getPrototypeOf(AggregateError) === Error ? "proto Error" : "?");
log.push(AggregateError.prototype.name + " " + JSON.stringify(AggregateError.prototype.message) + " " + AggregateError.length);
// errors is a fresh array each construction, copied from iterable
const src = ["a"];
const ae2 = AggregateError(src);
log.push((ae2.errors !== src) + " " + ae2.errors.length + " " + (ae2 instanceof AggregateError));
later().then(() => console.log(log.join("\n")));
