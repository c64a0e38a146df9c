// encodeURI / encodeURIComponent: unescaped sets, UTF-8 octets and lone surrogates
let ascii = "";
for (let i = 0; i < 128; i++) ascii += String.fromCharCode(i);
console.log(encodeURI(ascii));
console.log(encodeURIComponent(ascii));
const samples = ["é", "€", "😀", "\u0080", "\u07ff", "\u0800", "\uffff", "\ud800\udc00", "\udbff\udfff", "a b&c=d/e?f#g", "http://ex.com/p a/t?q=ü&x=1#frag"];
for (const s of samples) console.log(JSON.stringify(s), encodeURI(s), encodeURIComponent(s));
for (const bad of ["\ud800", "\udc00", "a\ud800b", "\udc00\ud800", "😀\ud83d"]) {
  for (const f of [encodeURI, encodeURIComponent]) {
    try { f(bad); console.log("no error"); } catch (e) { console.log(f.name, e.name, e.message, e instanceof URIError); }
  }
}
console.log(encodeURI(), encodeURIComponent(null), encodeURI(12.5), encodeURIComponent({ toString() { return "a+b"; } }), encodeURI(true));
console.log(encodeURI.length, encodeURIComponent.length, encodeURI.name, Object.getOwnPropertyDescriptor(globalThis, "encodeURI").enumerable);
try { encodeURI(Symbol()); } catch (e) { console.log(e.name, e.message); }
