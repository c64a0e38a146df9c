async function f() {}
async function* g() {}
const a = async () => {};
console.log(f, g, a, [f], { g });
console.log(String(f), String(a));
console.log(g());
console.log(Object.prototype.toString.call(g()), Object.prototype.toString.call(f));
class C { async m() {} static async *s() {} }
console.log(C.prototype.m, C.s);
