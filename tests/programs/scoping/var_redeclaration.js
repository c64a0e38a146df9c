var r = 1;
var r;
console.log(r);
var r = 2;
console.log(r);
function f() { var x = 1; { var x = 2; } return x; }
console.log(f());
function g() { for (var i = 0; i < 2; i++) { var i; } return i; }
console.log(g());
