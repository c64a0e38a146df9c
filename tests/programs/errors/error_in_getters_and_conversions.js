// Errors thrown from getters, setters, toString/valueOf and Symbol.toPrimitive propagate unchanged
function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); } }
const bad = { get g() { throw new RangeError('getter'); }, set s(v) { throw new SyntaxError('setter ' + v); } };
t('getter', () => bad.g);
t('setter', () => { bad.s = 1; });
t('toString', () => String({ toString() { throw new EvalError('toString'); } }));
t('valueOf', () => +{ valueOf() { throw new URIError('valueOf'); } });
t('toPrimitive', () => `${{ [Symbol.toPrimitive]() { throw 'thrown string'; } }}`);
t('key conversion', () => ({})[{ toString() { throw new Error('key'); } }]);
t('in destructuring default', () => { const { a = (() => { throw new Error('default'); })() } = {}; });
t('in spread', () => [...{ [Symbol.iterator]() { throw new Error('iterator'); } }]);
t('in template', () => `${(() => { throw new Error('template'); })()}`);
t('in computed class key', () => class { [(() => { throw new Error('class key'); })()]() {} });
t('in extends', () => class extends (() => { throw new Error('heritage'); })() {});
t('in field', () => new (class { f = (() => { throw new Error('field'); })(); })());
t('in static field', () => class { static f = (() => { throw new Error('static field'); })(); });
t('JSON.stringify toJSON', () => JSON.stringify({ toJSON() { throw new Error('toJSON'); } }));
t('sort comparator', () => [2, 1].sort(() => { throw new Error('comparator'); }));
