// how console.log (util.inspect) prints regexps, match arrays and iterators
console.log(/ab+c/gi);
console.log(new RegExp("a/b"), new RegExp("\n"), new RegExp(""));
console.log([/x/, /y/g], { r: /z/m });
console.log(/(?<year>\d+)/.exec("in 1999"));
console.log(/a(b)?/d.exec("a"));
console.log("a-b".split(/(-)/));
console.log("a1b2".match(/\d/g));
console.log("abc".matchAll(/./g));
class MyRe extends RegExp {}
console.log(new MyRe("q", "y"));
var extra = /e/;
extra.note = "hi";
console.log(extra);
var np = /n/;
Object.setPrototypeOf(np, null);
console.log(np);
console.log(String(/s/), `${/t/}`, [/u/] + "");
console.log(JSON.stringify(/j/), JSON.stringify({ r: /k/ }));
console.log(Object.keys(/x/), Object.getOwnPropertyNames(/x/));
console.log(RegExp.prototype);
console.log(new Map([[/m/, 1]]));
console.log([[/deep/]], { a: { b: { c: /deeper/ } } });
