const [a, b, ...c] = "hello";
console.log(a, b, c);
const [e1, e2] = new Set(["s1", "s2", "s3"]);
console.log(e1, e2);
const [[k, v]] = new Map([["key", "val"]]);
console.log(k, v);
const { 0: first, length } = "xyz";
console.log(first, length);
try { const [q] = {}; } catch (e) { console.log(e.constructor.name); }
try { const [q] = null; } catch (e) { console.log(e.constructor.name); }
try { const { q } = undefined; } catch (e) { console.log(e.constructor.name); }
const {} = 0;
console.log("empty pattern on 0 ok");
try { const {} = null; } catch (e) { console.log("empty pattern null:", e.constructor.name); }
