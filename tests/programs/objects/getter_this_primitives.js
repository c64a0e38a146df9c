'use strict';
Object.defineProperty(Number.prototype, 'double', { get() { return typeof this + ':' + this * 2; }, configurable: true });
console.log((21).double, 1.5.double);
Object.defineProperty(String.prototype, 'shout', { get() { return typeof this + ':' + this.toUpperCase(); }, configurable: true });
console.log('hey'.shout);
Object.defineProperty(Number.prototype, 'store', { set(v) { console.log('setter this is', typeof this, this, v); }, configurable: true });
(5).store = 'x';
try { (5).other = 1; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { true.flag = 1; } catch (e) { console.log(e.message); }
try { Symbol('s').desc = 1; } catch (e) { console.log(e.message); }
delete Number.prototype.double;
delete String.prototype.shout;
delete Number.prototype.store;
console.log((1).double, 'x'.shout);
