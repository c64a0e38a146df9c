// A tiny tokenizer + recursive-descent evaluator for arithmetic expressions.
function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " ") { i++; continue; }
    if ("0123456789.".includes(ch)) {
      let j = i;
      while (j < src.length && "0123456789.".includes(src[j])) j++;
      tokens.push({ type: "num", value: parseFloat(src.slice(i, j)) });
      i = j;
      continue;
    }
    if ("+-*/()^%".includes(ch)) { tokens.push({ type: "op", value: ch }); i++; continue; }
    throw new SyntaxError(`Unexpected character '${ch}' at ${i}`);
  }
  return tokens;
}
function evaluate(src) {
  const toks = tokenize(src);
  let pos = 0;
  const peek = () => toks[pos];
  const take = () => toks[pos++];
  function primary() {
    const t = take();
    if (!t) throw new SyntaxError("Unexpected end");
    if (t.type === "num") return t.value;
    if (t.value === "(") { const v = expr(); if (take()?.value !== ")") throw new SyntaxError("Expected )"); return v; }
    if (t.value === "-") return -primary();
    throw new SyntaxError("Unexpected " + t.value);
  }
  function power() { const b = primary(); if (peek()?.value === "^") { take(); return b ** power(); } return b; }
  function term() {
    let v = power();
    while (peek() && "*/%".includes(peek().value)) {
      const op = take().value, r = power();
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function expr() {
    let v = term();
    while (peek() && "+-".includes(peek().value)) { const op = take().value; v = op === "+" ? v + term() : v - term(); }
    return v;
  }
  const result = expr();
  if (pos < toks.length) throw new SyntaxError("Trailing tokens");
  return result;
}
for (const e of ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4", "-3 + 5", "7 % 4 + 0.5", "1 / 0", "((2))", "2 *", "3 $ 4", "(1 + 2"]) {
  try { console.log(e.padEnd(12), "=", evaluate(e)); }
  catch (err) { console.log(e.padEnd(12), "!", err.name, err.message); }
}
