console.log(Object.getOwnPropertyNames(Reflect));
for (const k of Object.getOwnPropertyNames(Reflect)) {
  const d = Object.getOwnPropertyDescriptor(Reflect, k);
  console.log(k, Reflect[k].length, Reflect[k].name, d.writable, d.enumerable, d.configurable);
}
console.log(Reflect[Symbol.toStringTag], String(Reflect), typeof Reflect);
try { new Reflect(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Reflect(); } catch (e) { console.log(e.message); }
try { new Reflect.get({}, 'x'); } catch (e) { console.log(e.message); }
