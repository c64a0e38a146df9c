// decodeURI / decodeURIComponent: reserved set, malformed sequences, case of hex digits
const ok = ["%41%42", "%e2%82%ac", "%E2%82%AC", "%F0%9F%98%80", "%3B%2F%3F%3A%40%26%3D%2B%24%2C%23", "%3b%2f", "%25", "%2525", "a%20b", "%C2%80", "%DF%BF", "%EF%BF%BF", "%F4%8F%BF%BF", "%00", "%7F", "no escapes", ""];
for (const s of ok) console.log(JSON.stringify(s), JSON.stringify(decodeURI(s)), JSON.stringify(decodeURIComponent(s)));
const bad = ["%", "%4", "%G1", "%1G", "%80", "%BF", "%C0%80", "%C1%BF", "%E0%80%80", "%ED%A0%80", "%ED%BF%BF", "%F0%80%80%80", "%F4%90%80%80", "%F8%80%80%80%80", "%FF", "%C3", "%C3%", "%C3%4", "%C3A4", "%E2%82", "%E2%82%2C", "%C3%C3", "%F0%9F%98"];
for (const s of bad) {
  const r = [];
  for (const f of [decodeURI, decodeURIComponent]) {
    try { r.push(JSON.stringify(f(s))); } catch (e) { r.push(e.name + ":" + e.message); }
  }
  console.log(JSON.stringify(s), r.join(" "));
}
console.log(decodeURI("%23%2523%3d"), decodeURIComponent("%23%2523%3d"), decodeURI(encodeURI("a b#c")), decodeURIComponent(encodeURIComponent("😀 ?&")));
console.log(decodeURI(), decodeURIComponent(null), decodeURI(5), decodeURI.length, decodeURIComponent.name);
let all = ""; for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
console.log(decodeURIComponent(encodeURIComponent(all)) === all, decodeURI(encodeURI(all)) === all);
