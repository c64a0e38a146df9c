const a = [];
Object.defineProperty(a, '0', { value: 'x', writable: true, enumerable: true, configurable: true });
console.log(a, a.length);
Object.defineProperty(a, '3', { value: 'y', writable: true, enumerable: true, configurable: true });
console.log(a, a.length);
Object.defineProperty(a, 'length', { value: 10 });
console.log(a.length, JSON.stringify(Object.getOwnPropertyDescriptor(a, 'length')));
Object.defineProperty(a, 'length', { value: '2' });
console.log(a, a.length);
try { Object.defineProperty(a, 'length', { get() { return 1; } }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { Object.defineProperty(a, 'length', { enumerable: true }); } catch (e) { console.log(e.message); }
try { Object.defineProperty(a, 'length', { configurable: true }); } catch (e) { console.log(e.message); }
console.log(Reflect.defineProperty(a, 'length', { writable: true }), Reflect.defineProperty(a, 'length', { value: 2, writable: true }));
// non-canonical index strings are plain properties
a['01'] = 'not index'; a['1.0'] = 'not index'; a['-0'] = 'x';
console.log(a.length, Object.keys(a));
a['4294967295'] = 'too big';
console.log(a.length, Object.keys(a).includes('4294967295'));
console.log(Array.prototype.length, Array.isArray(Array.prototype));
