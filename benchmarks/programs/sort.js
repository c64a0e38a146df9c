// Array sorting with comparators: records by two keys, numbers ascending, strings by default order.
var N = typeof SIZE === "number" ? SIZE : 8000;
var MOD = 1000000007;

function run(n) {
  var seed = 12345;
  function rnd() {
    seed = (seed * 16807) % 2147483647;
    return seed;
  }
  var recs = [];
  for (var i = 0; i < n; i++) {
    recs.push({ id: i, key: rnd() % 100, score: rnd() % 100000 });
  }
  recs.sort(function (a, b) {
    if (a.key !== b.key) return a.key - b.key;
    if (a.score !== b.score) return b.score - a.score;
    return a.id - b.id;
  });
  var h1 = 0;
  for (var i = 0; i < n; i++) h1 = (h1 * 31 + recs[i].id) % MOD;

  var nums = [];
  for (var i = 0; i < n; i++) nums.push(rnd() % 1000000);
  nums.sort(function (a, b) { return a - b; });
  var h2 = 0;
  for (var i = 0; i < n; i++) h2 = (h2 * 7 + nums[i]) % MOD;

  var strs = [];
  for (var i = 0; i < n; i++) strs.push("k" + (rnd() % 50000));
  strs.sort();
  var h3 = 0;
  for (var i = 0; i < n; i += 17) h3 = (h3 * 13 + strs[i].length + strs[i].charCodeAt(strs[i].length - 1)) % MOD;
  return [h1, h2, h3, strs[0], strs[n - 1]];
}

var r = run(N);
console.log("sort " + N + " " + r.join(" "));
