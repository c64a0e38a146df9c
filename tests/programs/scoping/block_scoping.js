let a = 'outer';
{
  let a = 'block';
  console.log(a);
  {
    const a = 'inner block';
    console.log(a);
  }
}
console.log(a);
function shadowing() {
  var v = 'function var';
  {
    let v = 'block let';
    var w = 'var in block';
  }
  return [v, w];
}
console.log(shadowing());
function catchScope() {
  var e = 'outer e';
  try { throw 'caught'; } catch (e) { var e = 'assigned inside catch'; }
  return e;
}
console.log(catchScope());
function catchDestructure() {
  try { throw { code: 42, msg: 'm' }; } catch ({ code, msg: m }) { return code + m; }
}
console.log(catchDestructure());
function optionalCatch() { try { throw 1; } catch { return 'no binding'; } }
console.log(optionalCatch());
function catchParamShadow() {
  let out = [];
  try { throw 'x'; } catch (err) { out.push(err); { let err = 'inner'; out.push(err); } out.push(err); }
  return out;
}
console.log(catchParamShadow());
function classScope() {
  const Outer = class Inner { static who() { return Inner.name; } };
  return [Outer.who(), typeof Inner];
}
console.log(classScope());
function classNameConst() {
  class C { static m() { try { C = 1; } catch (e) { return e.name + ': ' + e.message; } } }
  return C.m();
}
console.log(classNameConst());
function classDeclReassignOuter() { class D {} D = 'reassigned'; return D; }
console.log(classDeclReassignOuter());
