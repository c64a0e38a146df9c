function sum() { var s = 0; for (var i = 0; i < 50; i++) s = eval("s + i"); return s; }
console.log(sum());
function differentSources() { var out = []; for (var i = 0; i < 4; i++) out.push(eval(i + " * 3")); return out; }
console.log(differentSources());
function letLoop() { var out = []; for (let i = 0; i < 3; i++) { eval("out.push(i)"); } return out; }
console.log(letLoop());
function evalVarInLoop() { for (var i = 0; i < 3; i++) eval("var last = i"); return last; }
console.log(evalVarInLoop());
