const data = eval("({ a: [1, 2, { b: 'c' }], d: null, e: true })");
console.log(data);
console.log(eval("[" + [1, 2, 3].join(",") + "]").length);
console.log(eval("'\\u0041\\x42'"), eval('"multi\\nline"').split('\n').length);
