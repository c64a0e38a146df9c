// Every WhiteSpace and LineTerminator code point is trimmed by ToNumber; others are not
const ws = [0x9, 0xa, 0xb, 0xc, 0xd, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
const notWs = [0x180e, 0x200b, 0x85, 0x1c, 0x0];
for (const cp of ws) { const c = String.fromCharCode(cp); if (Number(c + '12' + c) !== 12) console.log('not trimmed', cp.toString(16)); }
for (const cp of notWs) { const c = String.fromCharCode(cp); console.log(cp.toString(16), Number(c + '12'), Number('12' + c)); }
console.log(Number('\u3000'), Number('\ufeff'), Number('\u00a0-5\u00a0'), '\u2028' == 0, '\t\r\n' == false);
console.log(' 12 '.trim() === '12', '\u180e'.trim().length, '\ufeffx'.trim());
