const log = [];
const obj = { get [Symbol.iterator]() { log.push("get @@iterator"); return function () { log.push("call @@iterator"); return { next() { return { done: true }; } }; }; } };
for (const x of obj) ;
[...obj];
const [] = obj;
console.log(log.join(", "));
