// new Function(...): parameters, body, global scope, name "anonymous", toString, errors
const add = new Function('a', 'b', 'return a + b');
console.log(add(2, 3), add.name, add.length);
console.log(add.toString());
const multi = Function('a, b', 'c', 'return [a, b, c]');
console.log(multi(1, 2, 3), multi.length);
const noArgs = new Function();
console.log(noArgs(), noArgs.toString());
const withDefault = new Function('a = 10', '...rest', 'return [a, rest]');
console.log(withDefault(), withDefault(1, 2, 3), withDefault.length);
(function () { const local = 'local';
globalThis.globalValue = 'global';
const scoped = new Function('return typeof local + " " + globalValue');
console.log(scoped());
})();
const sloppyThis = new Function('return this === globalThis');
console.log(sloppyThis());
const strict = new Function('"use strict"; return this');
console.log(strict());
try { new Function('return ('); } catch (e) { console.log(e.constructor.name); }
try { new Function('a b', 'return 1'); } catch (e) { console.log(e.constructor.name); }
console.log(new Function('a', '//comment\nreturn a')('c'));
console.log(typeof Function('return function inner() {}')(), Function('return arguments.length')(1, 2, 3));
