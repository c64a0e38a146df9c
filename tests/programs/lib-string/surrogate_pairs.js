// Methods working on UTF-16 code units around surrogate pairs
const s = "x😀y🎉z";
console.log(s.length, s.slice(1, 2).length, s.slice(1, 3) === "😀", s.split("").length, s.substring(2, 5).charCodeAt(0).toString(16));
console.log(s.indexOf("😀"), s.indexOf("\ude00"), s.lastIndexOf("🎉"), s.at(2).charCodeAt(0).toString(16), s.codePointAt(1).toString(16), s.codePointAt(2).toString(16));
console.log(s.padEnd(10, "😀").length, [...s.padEnd(10, "😀")].length, s.repeat(2).length);
console.log(JSON.stringify("\ud83d"), JSON.stringify("\ude00x"), JSON.stringify("😀"), JSON.stringify(s.slice(0, 2)));
console.log(encodeURIComponent(s), [...s].reverse().join(""), s.split("").reverse().join("") === s);
console.log(s.toUpperCase(), "𐐨𐐩".toUpperCase(), "𐐀".toLowerCase().length, "😀".normalize("NFKD") === "😀");
console.log(Array.from(s, c => c.codePointAt(0)), String.fromCodePoint(...Array.from(s, c => c.codePointAt(0))) === s);
console.log("😀".localeCompare("😁"), "a😀".includes("\ud83d"), "😀".startsWith("\ud83d"), "😀".endsWith("\ude00"));
