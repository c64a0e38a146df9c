const calls = [];
const p = new Proxy({}, {
  has(t, k) { calls.push(String(k)); return k.startsWith('yes'); },
});
const obj = Object.create(p);
obj.own = 1;
console.log('own' in obj, 'yes_inherited' in obj, 'no' in obj);
console.log(calls);
try { 'x' in 5; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { 'x' in 'str'; } catch (e) { console.log(e.message); }
const s = Symbol('k');
const withSym = new Proxy({ [s]: 1 }, { has(t, k) { console.log('has sym', typeof k); return Reflect.has(t, k); } });
console.log(s in withSym);
console.log(Reflect.has(Object.create(p), 'yes!'), calls.length);
