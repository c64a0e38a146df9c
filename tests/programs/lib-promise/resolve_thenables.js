// resolving with thenables: getter on then, throwing getters, identity, executor edge cases
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
// Promise.resolve identity
const p = Promise.resolve(1);
const rp = Promise.reject(p); rp.catch(() => {});
console.log(Promise.resolve(p) === p, rp === p);
class Sub extends Promise {}
const s = Sub.resolve(2);
console.log(Sub.resolve(s) === s, Promise.resolve(s) === s, Sub.resolve(p) === p);
// identity uses constructor property
const q = Promise.resolve(3);
q.constructor = Sub;
console.log(Sub.resolve(q) === q, Promise.resolve(q) === q);
// thenable getter read once, synchronously during resolve
let reads = 0;
const thenable = { get then() { reads++; log.push("then read"); return (r) => r("T"); } };
Promise.resolve(thenable).then(v => log.push("resolved " + v));
console.log("reads after resolve:", reads);
// throwing getter rejects
const bad = { get then() { throw new URIError("getter threw"); } };
Promise.resolve(bad).catch(e => log.push("bad: " + e.constructor.name + ": " + e.message));
// resolve() inside executor with throwing-getter object
new Promise(r => r(bad)).catch(e => log.push("exec bad: " + e.message));
// then that is not callable: fulfills with the object itself
Promise.resolve({ then: 5, v: "obj" }).then(v => log.push("non-callable then: " + v.v));
// thenable calling both resolve and reject: first wins
Promise.resolve({ then(a, b) { a("first"); b("second"); a("third"); } }).then(v => log.push("both: " + v));
// thenable throws after resolving: ignored
Promise.resolve({ then(a) { a("kept"); throw new Error("ignored"); } }).then(v => log.push("throw-after: " + v));
// executor errors after resolve are ignored
new Promise((res) => { res("early"); throw new Error("late"); }).then(v => log.push("executor: " + v), e => log.push("executor rejected"));
// executor throw before resolve rejects
new Promise(() => { throw new RangeError("exec"); }).catch(e => log.push("executor threw: " + e.constructor.name));
// self resolution
let selfRes;
const selfP = new Promise(r => { selfRes = r; });
selfRes(selfP);
selfP.catch(e => log.push("self: " + e.constructor.name));
// resolve functions: length 1, anonymous
new Promise((res, rej) => { log.push("res.length " + res.length + " rej.length " + rej.length + " names " + JSON.stringify(res.name) + JSON.stringify(rej.name)); res(); });
// executor must be callable
try { new Promise(5); } catch (e) { console.log(e.constructor.name); }
try { Promise(() => {}); } catch (e) { console.log(e.constructor.name); }
// executor called synchronously
let sync = false;
new Promise(() => { sync = true; });
console.log("executor sync:", sync);
// nested thenables unwrap
Promise.resolve({ then(r) { r({ then(r2) { r2("deep"); } }); } }).then(v => log.push("nested: " + v));
// Promise.reject does not unwrap
Promise.reject(Promise.resolve("wrapped")).catch(v => log.push("reject wraps: " + (v instanceof Promise)));
later().then(() => console.log(log.join("\n")));
