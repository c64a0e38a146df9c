// new Function and the generator / async function constructors
const log = console.log;
const add = new Function('a', 'b', 'return a + b');
log(add(2, 3), add.name, add.length);
log(Function('a, b', 'c', 'return a + b + c')(1, 2, 3));
log(Function('...args', 'return args.length')(1, 2, 3));
log(Function('a = 5', 'return a')());
try { Function('a', 'return a +'); } catch (e) { log(e.constructor.name); }
try { Function('/*', '*/){'); } catch (e) { log(e.constructor.name); }
try { Function('a)', '{'); } catch (e) { log(e.constructor.name); }
globalThis.global1 = 'g';
log(Function('return typeof global1')());
log(Function('return this')() === globalThis);
log(Function('"use strict"; return this')());
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
log(GeneratorFunction.name, AsyncFunction.name, AsyncGeneratorFunction.name);
log(GeneratorFunction.length, Object.getPrototypeOf(GeneratorFunction) === Function);
const gen = new GeneratorFunction('n', 'for (let i = 0; i < n; i++) yield i * i;');
log([...gen(4)], gen.name, gen.toString());
log(Object.getPrototypeOf(gen) === GeneratorFunction.prototype);
log(Object.getPrototypeOf(gen.prototype) === GeneratorFunction.prototype.prototype);
const af = AsyncFunction('x', 'return await x * 2');
af(21).then((v) => log('async result', v));
const agf = AsyncGeneratorFunction('yield 1; yield 2');
(async () => { const out = []; for await (const v of agf()) out.push(v); log('async gen', out); })();
try { GeneratorFunction('yield', ''); } catch (e) { log(e.constructor.name); }
log(String(Object.getOwnPropertyDescriptor(GeneratorFunction.prototype, 'constructor').writable));
log(Object.prototype.toString.call(gen), Object.prototype.toString.call(af));
log(Function.prototype.constructor === Function, Function.length);
class MyFn extends Function {}
const mf = new MyFn('return 7');
log(mf(), mf instanceof MyFn, mf instanceof Function);
