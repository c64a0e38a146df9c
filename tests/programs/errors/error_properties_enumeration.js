// Error instances: own properties, enumerability, JSON, Object.keys, spreading and assigning
const e = new TypeError('boom', { cause: 'why' });
console.log(Object.keys(e), JSON.stringify(e), Object.getOwnPropertyNames(e).sort());
const spread = { ...e };
console.log(spread);
e.extra = 'enumerable';
console.log(Object.keys(e), JSON.stringify(e));
console.log(Object.getOwnPropertyNames(TypeError.prototype).sort(), Object.getOwnPropertyNames(Error.prototype).sort());
console.log(Error.prototype.name, TypeError.prototype.name, Object.getPrototypeOf(TypeError.prototype) === Error.prototype);
console.log(e.hasOwnProperty('name'), e.hasOwnProperty('message'), e.hasOwnProperty('cause'), 'toString' in e);
