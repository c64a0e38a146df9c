// The first line of error.stack follows name and message, even when they are changed or empty
function head(e) { return e.stack.split('\n')[0]; }
console.log(head(new Error('plain')), '|', head(new TypeError('type')), '|', head(new Error()), '|', head(new RangeError('')));
const e = new Error('original');
console.log(head(e), String(e));
function f() { return new SyntaxError('in function'); }
console.log(head(f()), f().stack.split('\n').length > 1);
try { null.prop; } catch (err) { console.log(head(err)); }
try { undefinedThing; } catch (err) { console.log(head(err)); }
try { (void 0)(); } catch (err) { console.log(head(err)); }
const multi = new Error('line1\nline2');
console.log(multi.stack.split('\n').slice(0, 2).join(' / '));
const sym = new Error(Symbol.iterator.toString());
console.log(head(sym));
console.log(typeof new Error().stack, 'stack' in Error.prototype);
