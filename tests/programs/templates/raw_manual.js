function myRaw(strings, ...subs) {
  let out = strings.raw[0];
  for (let i = 0; i < subs.length; i++) out += subs[i] + strings.raw[i + 1];
  return out;
}
console.log(myRaw`C:\new\table ${1 + 1} \u0041`);
console.log(myRaw`${"only"}`, myRaw``, JSON.stringify(myRaw`\${x}`));
console.log(myRaw({ raw: ["a", "b", "c"] }, 1, 2));
console.log(myRaw`\r\n`.length);
