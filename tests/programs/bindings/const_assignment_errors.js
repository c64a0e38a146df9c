const c = 1;
try { c = 2; } catch (e) { console.log(e.constructor.name); }
try { c++; } catch (e) { console.log(e.constructor.name); }
try { c += 1; } catch (e) { console.log(e.constructor.name); }
try { [c] = [5]; } catch (e) { console.log(e.constructor.name); }
try { ({ c } = { c: 5 }); } catch (e) { console.log(e.constructor.name); }
try { for (c of [1]) ; } catch (e) { console.log(e.constructor.name); }
console.log(c);
const sideEffects = [];
try { c = (sideEffects.push("rhs evaluated"), 3); } catch (e) { console.log(sideEffects); }
const f = function named() { named = 1; return typeof named; };
console.log(f());
const g = function named() { "use strict"; try { named = 1; } catch (e) { return e.constructor.name; } };
console.log(g());
