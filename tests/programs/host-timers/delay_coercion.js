// The delay goes through ToNumber (`after *= 1`); NaN, < 1 and > 2**31-1 become 1 ms
// (too large: node also warns TimeoutOverflowWarning on stderr).
setTimeout(() => console.log("string '1'"), "1");
setTimeout(() => console.log("too large: 1 ms"), 2 ** 31);
setTimeout(() => console.log("Infinity: 1 ms"), Infinity);
setTimeout(() => console.log("junk string: 1 ms"), "abc");
setTimeout(() => console.log("null: 1 ms"), null);
setTimeout(() => console.log("true: 1 ms"), true);
setTimeout(() => console.log("0.5: 1 ms"), 0.5);
setTimeout(() => console.log("string '30'"), "30");
setTimeout(() => console.log("object valueOf: 60 ms"), { valueOf() { console.log("valueOf called"); return 60 } });
setTimeout(() => console.log("array [90]: 90 ms"), [90]);
try { setTimeout(() => {}, 1n) } catch (e) { console.log(e.name, e.message) }
try { setTimeout(() => {}, Symbol("d")) } catch (e) { console.log(e.name, e.message) }
try { setTimeout(() => {}, { valueOf() { throw new Error("from valueOf") } }) } catch (e) { console.log(e.message) }
try { setTimeout(1, { valueOf() { console.log("not called: the callback is checked first") } }) } catch (e) { console.log(e.code) }
