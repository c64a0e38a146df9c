const im = setImmediate(() => console.log("ran"), 1, 2);
console.log(typeof im, im.constructor.name);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(im)));
console.log(Object.keys(im));
console.log(im._destroyed, im._argv, +im, im.hasRef());
setImmediate(() => console.log("after ran:", im._destroyed));
