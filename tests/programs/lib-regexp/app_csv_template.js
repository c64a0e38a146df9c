// CSV parsing and a tiny template engine built on regexps
function parseCSV(text) {
  var rows = [], row = [], re = /(?:^|,)(?:"((?:[^"]|"")*)"|([^,\n\r]*))|(\r?\n)/g, m;
  text.split(/\r?\n/).forEach(function (line) {
    if (line === "") return;
    var cells = [];
    line.replace(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g, function (all, quoted, plain) {
      cells.push(quoted !== undefined ? quoted.replace(/""/g, '"') : plain);
      return "";
    });
    rows.push(cells);
  });
  return rows;
}
var csv = 'name,age,quote\n"Smith, J",42,"He said ""hi"""\nDoe,,plain\n\n"",0,"multi, comma"';
console.log(JSON.stringify(parseCSV(csv)));
function render(tpl, data) {
  return tpl.replace(/\{\{\s*(#each\s+(\w+)\s*\}\}([\s\S]*?)\{\{\s*\/each|[\w.]+)\s*\}\}/g, function (m, expr, listName, body) {
    if (listName) return data[listName].map(item => render(body, Object.assign({}, data, { it: item }))).join("");
    return expr.split(".").reduce((o, k) => (o == null ? o : o[k]), data) ?? "";
  });
}
console.log(render("Hello {{ name }}! You have {{count}} items: {{#each items}}[{{it}}]{{/each}} {{missing}}.{{user.city}}", { name: "Ann", count: 3, items: ["a", "b", "c"], user: { city: "Oslo" } }));
function format(fmt, ...args) {
  var i = 0;
  return fmt.replace(/%([sdj%])/g, (m, c) => c === "%" ? "%" : c === "s" ? String(args[i++]) : c === "d" ? String(parseInt(args[i++])) : JSON.stringify(args[i++]));
}
console.log(format("%s is %d years (%j) 100%%", "Bob", "42.9", { a: 1 }));
var kv = "a=1; b = two ;c=3=3; ;d";
var obj = {};
for (var m of kv.matchAll(/\s*([^=;\s]+)\s*(?:=\s*([^;]*?))?\s*(?:;|$)/g)) if (m[1]) obj[m[1]] = m[2];
console.log(JSON.stringify(obj));
