try { typeof later; } catch (e) { console.log("typeof in TDZ:", e.constructor.name); }
let later = 1;
console.log(typeof notDeclaredAnywhere);
function readEarly() { return early; }
try { readEarly(); } catch (e) { console.log("call before init:", e.constructor.name); }
let early = "ok";
console.log(readEarly());
{
  const f = () => inner;
  try { f(); } catch (e) { console.log("block tdz:", e.constructor.name); }
  let inner = "set";
  console.log(f());
}
try { let self = self + 1; } catch (e) { console.log("self reference:", e.constructor.name); }
try { const [a = b, b] = []; } catch (e) { console.log("pattern order:", e.constructor.name); }
