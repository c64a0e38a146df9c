// ToPrimitive of builtin objects: arrays, functions, wrappers, errors, plain objects, null-prototype
const vals = [[], [1], [1, [2, 3]], [null], [undefined, null], function f() {}, new Number(3), new String('s'), new Boolean(false),
  Object(1n), new Error('e'), {}, Object.create(null, { valueOf: { value: () => 9 } })];
for (const v of vals) {
  let plus, str;
  try { plus = String(+v); } catch (e) { plus = e.constructor.name; }
  try { str = `${v}`; } catch (e) { str = e.constructor.name; }
  console.log(JSON.stringify(plus), JSON.stringify(str), JSON.stringify(v + ''));
}
