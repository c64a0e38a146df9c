const t = setTimeout(() => {}, 1);
console.log(t.hasRef(), t.unref().hasRef(), t.ref().hasRef());
console.log(t.ref() === t, t.unref() === t, t.close() === t);
const im = setImmediate(() => {});
console.log(im.hasRef(), im.unref() === im, im.hasRef(), im.ref() === im, im.hasRef());
const iv = setInterval(() => {}, 1);
console.log(iv.hasRef());
clearInterval(iv);
console.log("after clear:", iv.hasRef());
