// accessors, symbol keys, non-enumerable keys, key quoting and ordering in inspect output
const log = console.log;
const s1 = Symbol('one'); const s2 = Symbol();
log({[s1]: 1, b: 2, [s2]: 3, a: 4, 2: 'two', 1: 'one'});
log({get onlyGet() { return 1; }, set onlySet(v) {}, get both() { return 1; }, set both(v) {}});
class WithAccessors { get computed() { return 42; } static get sg() { return 1; } }
log(new WithAccessors(), Object.getOwnPropertyDescriptors(WithAccessors.prototype).computed.get);
const o = {visible: 1};
Object.defineProperty(o, 'hidden', {value: 2, enumerable: false});
Object.defineProperty(o, Symbol('hiddenSym'), {value: 3, enumerable: false});
Object.defineProperty(o, 'acc', {get() { return 1; }, enumerable: true});
log(o);
log({'needs quote': 1, "it's": 2, 'a"b': 3, 'back\\slash': 4, 'new\nline': 5, valid$_1: 6, '0': 7, '-1': 8, '1.5': 9});
log({[Symbol('with space')]: 1, [Symbol('')]: 2, [Symbol.iterator]: 3, [Symbol.for('reg')]: 4});
log([Symbol('a'), Symbol.asyncIterator]);
const arrWithSym = [1]; arrWithSym[Symbol('as')] = 'v'; log(arrWithSym);
log({__proto__: null, z: 1});
