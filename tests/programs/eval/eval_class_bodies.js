class A {
  #secret = 'private';
  method() { return eval("this.constructor.name"); }
  static create() { return eval("new this()"); }
}
console.log(new A().method(), A.create() instanceof A);
const B = eval("(class B { static hello() { return 'hi from ' + B.name; } })");
console.log(B.hello());
