const Module = (function () {
  let privateCount = 0;
  function change(v) { privateCount += v; }
  return { increment() { change(1); }, decrement() { change(-1); }, value() { return privateCount; } };
})();
Module.increment(); Module.increment(); Module.decrement();
console.log(Module.value(), typeof privateCount);
