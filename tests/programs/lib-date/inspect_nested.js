console.log({a:{b:{c:{d:new Date(0)}}}});
const x = new Date(0); x.k = 1; console.log({a:{b:{c:{d:x}}}});
console.log([new Date(NaN)], `${[new Date(0)]}`.length > 0);
const big = {}; for (let i = 0; i < 5; i++) big["k" + i] = new Date(i * 1e11); console.log(big);
console.log(Array.from({length: 8}, (_, i) => new Date(i * 1e12)));
