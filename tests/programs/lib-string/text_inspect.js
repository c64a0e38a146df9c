// How console.log shows encoders, decoders and the errors of the text APIs
console.log(new TextEncoder());
console.log(new TextDecoder(), new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }));
console.log([new TextDecoder("latin1")], { d: new TextDecoder() });
try { atob("@@"); } catch (e) { console.log(e.name, e.message, String(e), e instanceof Error, typeof e.code); }
try { new TextDecoder("nope"); } catch (e) { console.log(e.name, e.code, String(e)); }
console.log(typeof TextEncoder.prototype.encode, Object.prototype.toString.call(new TextDecoder()));
