// errors in console.log (stacks replaced so the output has no file paths)
const log = console.log;
const e = new Error('boom'); e.stack = 'Error: boom\n    at fake (file.js:1:1)'; log(e);
e.code = 'E1'; log(e); log({err: e});
const t = new TypeError('tt'); t.stack = 'TypeError: tt'; log(t, [t]);
const noStack = new RangeError('r'); delete noStack.stack; log(noStack);
const s2 = new Error('m'); s2.stack = 'no header here'; log(s2);
class MyE extends Error {} const me = new MyE('mine'); me.stack = 'Error: mine\n    at q (w:1:1)'; log(me);
const c = new Error('with cause', {cause: 'str cause'}); c.stack = 'Error: with cause'; log(c);
const ag = new AggregateError([1], 'agg'); ag.stack = 'AggregateError: agg'; log(ag);
const o = {}; Error.captureStackTrace(o); log(Object.keys(o));
const emptyMsg = new Error(''); emptyMsg.stack = 'Error'; log(emptyMsg);
const numStack = new Error('x'); numStack.stack = 5; log(numStack);
const nested = new Error('outer', {cause: t}); nested.stack = 'Error: outer'; log(nested);
const multi = new SyntaxError('line1\nline2'); multi.stack = 'SyntaxError: line1\nline2'; log(multi);
log([new RangeError('in array')].map((x) => { x.stack = 'RangeError: in array'; return x; }));
const props = new Error('props'); props.stack = 'Error: props'; props.a = 1; props.b = {c: [1]}; log(props);
