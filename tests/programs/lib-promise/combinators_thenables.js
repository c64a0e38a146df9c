// all/allSettled/any/race with iterables of values, thenables and promises
function later(n = 40) { let p = Promise.resolve(); for (let i = 0; i < n; i++) p = p.then(() => {}); return p; }
const log = [];
const th = (v, fail) => ({ then(res, rej) { log.push("then:" + v); fail ? rej(v) : res(v); } });
function out(tag) { return [v => log.push(tag + " ok " + JSON.stringify(v)), e => log.push(tag + " err " + (e instanceof Error ? e.constructor.name + ":" + e.message + ":" + JSON.stringify(e.errors) : JSON.stringify(e)))]; }
Promise.all([1, th("t1"), Promise.resolve(3)]).then(...out("all"));
Promise.all([th("bad", true), 2]).then(...out("all-rej"));
Promise.all([]).then(...out("all-empty"));
Promise.all("ab").then(...out("all-string"));
Promise.allSettled([1, Promise.reject("no"), th("t2"), th("t3", true)]).then(...out("settled"));
Promise.allSettled(new Set([1, 1, 2])).then(...out("settled-set"));
Promise.any([Promise.reject(1), th("t4"), 3]).then(...out("any"));
Promise.any([Promise.reject("a"), th("b", true)]).then(...out("any-all-rej"));
Promise.any([]).then(...out("any-empty"));
Promise.race([th("first"), Promise.resolve("second")]).then(...out("race"));
Promise.race([Promise.reject("r1"), Promise.resolve("r2")]).then(...out("race-rej"));
const forever = Promise.race([]);
forever.then(...out("race-empty"));
function* gen() { yield 1; yield th("gen"); yield 3; }
Promise.all(gen()).then(...out("all-gen"));
const m = new Map([["k", "v"]]);
Promise.all(m).then(...out("all-map"));
Promise.all(m.keys()).then(...out("all-keys"));
later().then(() => console.log(log.join("\n")));
