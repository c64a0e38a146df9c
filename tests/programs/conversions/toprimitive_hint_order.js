// ToPrimitive: Symbol.toPrimitive, valueOf, toString and the hint each operator passes
const log = [];
function mk(name) {
  return {
    valueOf() { log.push(name + '.valueOf'); return 10; },
    toString() { log.push(name + '.toString'); return 'str' + name; },
  };
}
const a = mk('a'), b = mk('b');
console.log(a + b, log.splice(0));
console.log(`${a}`, log.splice(0));
console.log(a * 2, log.splice(0));
console.log(a < b, log.splice(0));
console.log(a > b, log.splice(0));
console.log(a <= b, log.splice(0));
console.log(a == 10, log.splice(0));
console.log(String(a), log.splice(0));
console.log(a + '', log.splice(0));
console.log([a] + '', log.splice(0));
const o = {};
o[a] = 1;
console.log(Object.keys(o), log.splice(0));
const tp = {
  [Symbol.toPrimitive](hint) { log.push('hint:' + hint); return hint === 'number' ? 42 : 'S'; },
  valueOf() { log.push('never'); return 0; },
};
console.log(+tp, `${tp}`, tp + 1, tp * 1, tp == 'S', log.splice(0));
console.log(tp < 50, String(tp), Number(tp), log.splice(0));
const bad = { [Symbol.toPrimitive]() { return {}; } };
try { bad + 1; } catch (e) { console.log(e.constructor.name, e.message); }
const notfn = { [Symbol.toPrimitive]: 5 };
try { notfn + 1; } catch (e) { console.log(e.constructor.name, e.message); }
const nullTP = { [Symbol.toPrimitive]: null, valueOf() { return 7; } };
console.log(nullTP + 1);
const both = { valueOf() { return {}; }, toString() { return {}; } };
try { both + 1; } catch (e) { console.log(e.constructor.name, e.message); }
try { String(both); } catch (e) { console.log(e.constructor.name, e.message); }
const onlyTS = { valueOf() { return {}; }, toString() { return '5'; } };
console.log(onlyTS * 2, onlyTS + 1);
const nullProto = Object.create(null);
try { nullProto + ''; } catch (e) { console.log(e.constructor.name, e.message); }
const thrower = { valueOf() { throw new Error('boom'); } };
try { thrower + 1; } catch (e) { console.log(e.message); }
