// Object.defineProperty: defaults, redefinition rules, accessors, arrays
const log = console.log;
const o = {};
Object.defineProperty(o, 'x', {value: 1});
log(Object.getOwnPropertyDescriptor(o, 'x'));
o.x = 2; log(o.x);
try { Object.defineProperty(o, 'x', {value: 3}); } catch (e) { log(e.constructor.name, e.message); }
Object.defineProperty(o, 'x', {value: 1});
log('same value ok');
Object.defineProperty(o, 'y', {get() { return 'Y'; }, configurable: true});
log(o.y, Object.getOwnPropertyDescriptor(o, 'y'));
Object.defineProperty(o, 'y', {value: 'now data'});
log(Object.getOwnPropertyDescriptor(o, 'y'));
try { Object.defineProperty(o, 'z', {value: 1, get() {}}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperty(o, 'z', {get: 5}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperty(1, 'z', {}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperty(o, 'z', 1); } catch (e) { log(e.constructor.name, e.message); }
const a = [1, 2, 3];
Object.defineProperty(a, 'length', {value: 1});
log(a, a.length);
Object.defineProperty(a, 5, {value: 'x', enumerable: true, writable: true, configurable: true});
log(a, a.length);
Object.defineProperty(a, 'length', {writable: false});
try { 'use strict'; a.push(1); } catch (e) { log(e.constructor.name); }
log(Object.defineProperty(o, 'w', {value: 1, writable: true}) === o);
const sym = Symbol('d');
Object.defineProperty(o, sym, {value: 's', enumerable: true});
log(o[sym], Object.getOwnPropertySymbols(o).length);
const desc = Object.create({enumerable: true, value: 'inherited'});
Object.defineProperty(o, 'inh', desc);
log(Object.getOwnPropertyDescriptor(o, 'inh'));
log(Object.defineProperty.length);
const f = Object.freeze({q: 1});
try { Object.defineProperty(f, 'q', {value: 2}); } catch (e) { log(e.constructor.name, e.message); }
try { Object.defineProperty(f, 'new', {value: 2}); } catch (e) { log(e.constructor.name, e.message); }
