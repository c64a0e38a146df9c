// localeCompare with punctuation, symbols, currency signs, digits and expansions (æ, œ, ß)
const syms = [..."~!@#$%^&*()_+-=[]{}|;':\",./<>?`¡¿·«»§¶´¯¨¸°©®±÷×¬¦¤¢£¥€"];
console.log(JSON.stringify(syms.sort((a, b) => a.localeCompare(b)).join("")));
const words = ["ae", "æ", "Æ", "af", "ad", "oe", "œ", "of", "ss", "ß", "st", "sr", "a1", "a 1", "a-1", "a_1", "a.1", "$1", "€1", "1$", "©x", "x©", "résumé", "re-sume", "re sume", "resume"];
console.log(words.sort((a, b) => a.localeCompare(b)).join(" | "));
const pairs = [["a\u0000b", "ab"], ["a\u00adb", "ab"], ["a\u200bb", "ab"], ["\t", " "], ["\n", "\t"], ["\u2028", " "], [" ", "_"], ["0", "$"], ["9", "a"], ["½", "1"], ["²", "2"], ["①", "1"]];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x.localeCompare(y), y.localeCompare(x));
