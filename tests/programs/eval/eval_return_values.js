console.log(eval("var a = 1"), eval("let b = 2"), eval("function f() {}"), eval("class C {}"));
console.log(eval("'str'"), eval("[1, 2]"), eval("({ o: 1 })"), eval("{ o: 1 }"));
console.log(eval(""), eval("   "), eval("/* only comment */"), eval("42 // trailing"));
console.log(eval("1;;;"), eval("(function () {})") instanceof Function, typeof eval("() => 1"));
