// String building: concatenation in a loop, split / join, toUpperCase, indexOf, slice,
// charCodeAt hashing.
var N = typeof SIZE === "number" ? SIZE : 6000;
var MOD = 1000000007;

function hashString(s, h) {
  for (var i = 0; i < s.length; i++) {
    h = (h * 31 + s.charCodeAt(i)) % MOD;
  }
  return h;
}

function word(i) {
  var w = "";
  var x = i;
  do {
    w += String.fromCharCode(97 + (x % 26));
    x = Math.floor(x / 26);
  } while (x > 0);
  return w;
}

function run(n) {
  var line = "";
  for (var i = 0; i < n; i++) {
    line += word(i) + (i % 10 === 9 ? "\n" : " ");
  }
  var h = hashString(line, 0);
  var lines = line.split("\n");
  var out = [];
  for (var j = 0; j < lines.length; j++) {
    var parts = lines[j].split(" ");
    var rev = [];
    for (var k = parts.length - 1; k >= 0; k--) rev.push(parts[k].toUpperCase());
    out.push(rev.join("-"));
  }
  var joined = out.join("|");
  h = hashString(joined, h);
  var found = 0, pos = 0;
  while ((pos = joined.indexOf("AB", pos)) !== -1) {
    found++;
    pos += 1;
  }
  var pieces = "";
  for (var p = 0; p + 7 <= joined.length; p += 13) pieces += joined.slice(p, p + 7);
  h = hashString(pieces, h);
  return [h, line.length + joined.length + pieces.length, found];
}

var r = run(N);
console.log("strings " + N + " " + r[0] + " " + r[1] + " " + r[2]);
