function f() { return arguments === arguments; }
console.log(f());
function g() { const a = arguments; return (function () { return arguments; })() !== a; }
console.log(g());
function h() { return [arguments, arguments].map(x => x.length); }
console.log(h(1, 2));
function reassign() { arguments = 'reassigned'; return arguments; }
console.log(reassign(1));
