// NativeError constructors: prototype chains, names, lengths, thrown by the engine
const log = console.log;
for (const C of [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  log(C.name, C.length, Object.getPrototypeOf(C) === Error, Object.getPrototypeOf(C.prototype) === Error.prototype,
      C.prototype.name, C.prototype.message === '', C.prototype.hasOwnProperty('toString'), String(new C('z')));
}
try { undefinedVariable; } catch (e) { log(e.constructor.name, e.message); }
try { null.prop; } catch (e) { log(e.constructor.name, e.message); }
try { undefined.prop; } catch (e) { log(e.constructor.name, e.message); }
try { (void 0)(); } catch (e) { log(e.constructor.name, e.message); }
try { const o = {}; o.method(); } catch (e) { log(e.constructor.name, e.message); }
try { new Array(-1); } catch (e) { log(e.constructor.name, e.message); }
try { (1).toFixed(200); } catch (e) { log(e.constructor.name, e.message); }
try { 'abc'.repeat(-1); } catch (e) { log(e.constructor.name, e.message); }
try { decodeURIComponent('%'); } catch (e) { log(e.constructor.name, e.message); }
try { eval('let let = 1'); } catch (e) { log(e.constructor.name); }
try { JSON.parse('{bad'); } catch (e) { log(e.constructor.name); }
try { BigInt(1.5); } catch (e) { log(e.constructor.name, e.message); }
try { Symbol() + ''; } catch (e) { log(e.constructor.name, e.message); }
try { new (class A { constructor() { new.target; } }).prototype.constructor.call(); } catch (e) { log(e.constructor.name); }
try { class B extends Object { constructor() { this.x = 1; } } new B(); } catch (e) { log(e.constructor.name, e.message); }
try { let x = x + 1; } catch (e) { log(e.constructor.name, e.message); }
try { const c = 1; c = 2; } catch (e) { log(e.constructor.name, e.message); }
try { [].reduce((a, b) => a); } catch (e) { log(e.constructor.name, e.message); }
try { new Set().add.call({}, 1); } catch (e) { log(e.constructor.name, e.message); }
try { 1n + 1; } catch (e) { log(e.constructor.name, e.message); }
try { ({}) instanceof 5; } catch (e) { log(e.constructor.name, e.message); }
try { 'x' in 'str'; } catch (e) { log(e.constructor.name, e.message); }
try { Object.setPrototypeOf(Object.prototype, {}); } catch (e) { log(e.constructor.name, e.message); }
try { new Proxy({}, null); } catch (e) { log(e.constructor.name, e.message); }
log(new TypeError() instanceof Error, TypeError() instanceof TypeError, TypeError.prototype.constructor === TypeError);
