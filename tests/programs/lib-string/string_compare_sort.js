// Relational comparison of strings (UTF-16 code units) and the default sort order
const pairs = [["a", "b"], ["B", "a"], ["a", "a"], ["", "a"], ["ab", "a"], ["Z", "a"], ["é", "f"], ["😀", "\ue000"], ["😀", "$"], ["€", "$"], ["~", "😀"], ["10", "9"], ["a", "A"], ["\u0000", ""]];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x < y, x > y, x <= y, x >= y, x == y, x.localeCompare(y));
const words = ["b", "a", "B", "A", "é", "e", "f", "😀", "\ue000", "$", "~", "10", "9", "1", "", " "];
console.log(JSON.stringify(words.slice().sort()));
console.log(JSON.stringify(words.slice().sort((x, y) => x.localeCompare(y))));
console.log(JSON.stringify([10, 9, 1, 100, -1, -10].sort()), JSON.stringify([3, 20, 100].sort((x, y) => String(x).localeCompare(String(y)))));
console.log("a" < 1, "2" > 1, "10" < "9", "10" < 9, "abc" < "abd", null < "1", "x" < undefined, [2] > "10");
