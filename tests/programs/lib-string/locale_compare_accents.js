// localeCompare beyond ASCII: accents after base letters, canonical equivalence
const words = ["résumé", "resume", "Résumé", "resumé", "rèsume", "cote", "côte", "coté", "côté", "naïve", "naive", "Zoë", "zoe", "zoo", "ångström", "angstrom", "éclair", "eclair", "Ecole", "école"];
console.log(words.slice().sort((a, b) => a.localeCompare(b)).join(" "));
const pairs = [["é", "e"], ["e", "é"], ["é", "f"], ["ä", "a"], ["ä", "b"], ["ö", "o\u0308"], ["\u00c5", "A\u030a"], ["\u212b", "\u00c5"], ["ß", "ss"], ["ß", "st"], ["ø", "o"], ["ø", "p"], ["æ", "b"], ["ñ", "n"], ["ñ", "o"], ["ç", "c"], ["Ç", "ç"]];
for (const [x, y] of pairs) console.log(x, y, x.localeCompare(y));
console.log(["é", "e", "E", "É", "ê", "è", "ë", "f"].sort((a, b) => a.localeCompare(b)).join(""));
console.log(["α", "β", "a", "б", "z", "Ω"].sort((a, b) => a.localeCompare(b)).join(""));
