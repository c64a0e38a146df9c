function f() {
  try { eval("early"); } catch (e) { console.log(e.name + ': ' + e.message); }
  let early = 'now';
  return eval("early");
}
console.log(f());
function g() { try { return eval("typeof notYet"); } catch (e) { return e.name; } let notYet; }
console.log(g());
