const mk = (ret) => ({ [Symbol.iterator]() { return { next() { return { value: 1, done: false }; }, return: ret }; } });
try { for (const x of mk(() => 5)) break; } catch (e) { console.log("break:", e.constructor.name); }
try { for (const x of mk(() => 5)) throw new Error("inner"); } catch (e) { console.log("throw:", e.message); }
try { for (const x of mk(undefined)) break; console.log("undefined return ok"); } catch (e) { console.log(e); }
try { for (const x of mk(null)) break; console.log("null return ok"); } catch (e) { console.log(e); }
try { for (const x of mk(42)) break; } catch (e) { console.log("non-callable:", e.constructor.name); }
