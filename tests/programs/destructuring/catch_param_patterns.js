try { throw { code: 1, info: { msg: "m" } }; } catch ({ code, info: { msg }, missing = "d" }) { console.log(code, msg, missing); }
try { throw [1, 2, 3]; } catch ([first, ...rest]) { console.log(first, rest); }
try { throw new Error("err msg"); } catch ({ message, name }) { console.log(name, message); }
try { try { throw null; } catch ({ x }) { console.log("unreachable"); } } catch (e) { console.log("pattern on null:", e.constructor.name); }
try { throw 1; } catch { console.log("optional binding"); }
