// Reflect.set with a receiver different from the target (OrdinarySetWithOwnDescriptor)
const target = { set s(v) { this.fromSetter = v; }, data: 'target' };
const receiver = { data: 'receiver' };
console.log(Reflect.set(target, 'data', 'new', receiver), target.data, receiver.data);
console.log(Reflect.set(target, 's', 1, receiver), receiver.fromSetter, target.fromSetter);
console.log(Reflect.set(target, 'fresh', 1, receiver), 'fresh' in target, receiver.fresh);
const ro = Object.defineProperty({}, 'x', { value: 1, writable: false });
console.log(Reflect.set(ro, 'x', 2, {}));
const recvRo = Object.defineProperty({}, 'x', { value: 1, writable: false, configurable: true });
console.log(Reflect.set({ x: 0 }, 'x', 2, recvRo), recvRo.x);
const recvAcc = { get x() { return 'acc'; } };
console.log(Reflect.set({ x: 0 }, 'x', 2, recvAcc), recvAcc.x);
// existing receiver property keeps its attributes: only [[Value]] changes
const recvHidden = Object.defineProperty({}, 'h', { value: 1, writable: true, enumerable: false, configurable: true });
Reflect.set({}, 'h', 2, recvHidden);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(recvHidden, 'h')));
// receiver is a proxy: its defineProperty / getOwnPropertyDescriptor traps run
const traced = new Proxy({}, {
  getOwnPropertyDescriptor(t, k) { console.log('gopd', k); return Reflect.getOwnPropertyDescriptor(t, k); },
  defineProperty(t, k, d) { console.log('define', k, JSON.stringify(d)); return Reflect.defineProperty(t, k, d); },
});
Reflect.set({}, 'p', 1, traced);
Reflect.set({}, 'p', 2, traced);
// Reflect.get with getter and receiver primitive
const g = { get who() { return typeof this; } };
console.log(Reflect.get(g, 'who', 42), Reflect.get(g, 'who', 'str'));
