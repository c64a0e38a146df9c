// Closures: counters sharing captured state, composed function chains, callbacks
// through map / filter / reduce.
var N = typeof SIZE === "number" ? SIZE : 3000;
var MOD = 1000000007;

function makeCounter(start, step) {
  var count = start;
  return {
    next: function () { count += step; return count; },
    get: function () { return count; }
  };
}

function compose(f, g) {
  return function (x) { return f(g(x)); };
}

function adder(k) {
  return function (x) { return (x + k) % 1000003; };
}

function run(n) {
  var counters = [];
  for (var i = 0; i < 40; i++) counters.push(makeCounter(i, (i % 7) + 1));
  var total = 0;
  for (var r = 0; r < n; r++) {
    for (var j = 0; j < counters.length; j++) total = (total + counters[j].next()) % MOD;
  }
  for (var j = 0; j < counters.length; j++) total = (total + counters[j].get()) % MOD;

  var f = adder(0);
  for (var k = 1; k < 16; k++) f = compose(f, adder(k));
  var acc = 0;
  for (var r = 0; r < n; r++) acc = f(acc + r);

  var arr = [];
  for (var i = 0; i < n * 4; i++) arr.push(i);
  var s = arr
    .map(function (x) { return x * 3 + acc % 7; })
    .filter(function (x) { return x % 2 === 0; })
    .reduce(function (a, b) { return (a + b) % MOD; }, 0);
  return [total, acc, s];
}

var res = run(N);
console.log("closures " + N + " " + res[0] + " " + res[1] + " " + res[2]);
