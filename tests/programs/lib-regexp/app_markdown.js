// a tiny markdown-to-HTML converter driven by regex replace chains
function md(src) {
  var html = src
    .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    .replace(/^###### (.*)$/gm, "<h6>$1</h6>")
    .replace(/^### (.*)$/gm, "<h3>$1</h3>")
    .replace(/^## (.*)$/gm, "<h2>$1</h2>")
    .replace(/^# (.*)$/gm, "<h1>$1</h1>")
    .replace(/```(\w*)\n([\s\S]*?)```/g, (m, lang, code) => `<pre class="${lang || "plain"}">${code.trimEnd()}</pre>`)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*(.+?)\*\*/g, "<b>$1</b>")
    .replace(/(?<![*\w])\*(?!\*)(.+?)\*(?![*\w])/g, "<i>$1</i>")
    .replace(/!\[([^\]]*)\]\(([^)]+)\)/g, '<img alt="$1" src="$2">')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '<a href="$2">$1</a>')
    .replace(/^(?:- (.*)(?:\n|$))+/gm, block => "<ul>" + block.trim().split(/\n/).map(l => "<li>" + l.replace(/^- /, "") + "</li>").join("") + "</ul>\n")
    .replace(/^(?!<(?:h\d|ul|pre|\/pre)|$)(.+)$/gm, "<p>$1</p>");
  return html;
}
var doc = [
  "# Title",
  "Some *emphasis* and **strong** text with `code` and a [link](http://x.y/?a=1&b=2).",
  "## List",
  "- one",
  "- two **bold**",
  "- three",
  "",
  "```js",
  "var x = 1 < 2;",
  "```",
  "![alt text](img.png) 2 * 3 * 4",
  "### End"
].join("\n");
console.log(md(doc));
var headings = [...doc.matchAll(/^(#{1,6}) (.*)$/gm)].map(m => m[1].length + ":" + m[2]);
console.log(headings.join(" | "));
var toc = doc.replace(/^(?!#).*$\n?/gm, "").replace(/^(#+) (.*)$/gm, (m, h, t) => "  ".repeat(h.length - 1) + "- " + t.toLowerCase().replace(/\s+/g, "-"));
console.log(toc);
