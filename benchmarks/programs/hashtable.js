// Property-access-heavy code: a hand-written chained hash table of entry objects
// (put / get / remove / resize) holding account records whose fields are read and
// updated in place.
var N = typeof SIZE === "number" ? SIZE : 12000;
var MOD = 1000000007;

function Entry(key, hash, value, next) {
  this.key = key;
  this.hash = hash;
  this.value = value;
  this.next = next;
}

function HashTable() {
  this.buckets = new Array(16);
  for (var i = 0; i < 16; i++) this.buckets[i] = null;
  this.size = 0;
}

HashTable.prototype.hashOf = function (key) {
  return (key * 2654435761) % 4294967296;
};

HashTable.prototype.get = function (key) {
  var h = this.hashOf(key);
  var e = this.buckets[h % this.buckets.length];
  while (e !== null) {
    if (e.hash === h && e.key === key) return e.value;
    e = e.next;
  }
  return null;
};

HashTable.prototype.put = function (key, value) {
  var h = this.hashOf(key);
  var i = h % this.buckets.length;
  for (var e = this.buckets[i]; e !== null; e = e.next) {
    if (e.hash === h && e.key === key) {
      e.value = value;
      return;
    }
  }
  this.buckets[i] = new Entry(key, h, value, this.buckets[i]);
  this.size++;
  if (this.size > this.buckets.length * 2) this.resize();
};

HashTable.prototype.remove = function (key) {
  var h = this.hashOf(key);
  var i = h % this.buckets.length;
  var prev = null;
  for (var e = this.buckets[i]; e !== null; e = e.next) {
    if (e.hash === h && e.key === key) {
      if (prev === null) this.buckets[i] = e.next;
      else prev.next = e.next;
      this.size--;
      return true;
    }
    prev = e;
  }
  return false;
};

HashTable.prototype.resize = function () {
  var old = this.buckets;
  var n = old.length * 2;
  var fresh = new Array(n);
  for (var i = 0; i < n; i++) fresh[i] = null;
  for (var j = 0; j < old.length; j++) {
    var e = old[j];
    while (e !== null) {
      var next = e.next;
      var k = e.hash % n;
      e.next = fresh[k];
      fresh[k] = e;
      e = next;
    }
  }
  this.buckets = fresh;
};

function Account(id) {
  this.id = id;
  this.balance = id % 1000;
  this.deposits = 0;
  this.withdrawals = 0;
  this.flags = 0;
}

function run(n) {
  var table = new HashTable();
  for (var i = 0; i < n; i++) table.put(i * 7, new Account(i));
  var seed = 7;
  var misses = 0;
  for (var r = 0; r < n * 4; r++) {
    seed = (seed * 16807) % 2147483647;
    var key = (seed % n) * 7 + (r % 5 === 0 ? 1 : 0);
    var acct = table.get(key);
    if (acct === null) {
      misses++;
      continue;
    }
    if (seed % 3 === 0) {
      acct.balance -= 5;
      acct.withdrawals++;
    } else {
      acct.balance += 7;
      acct.deposits++;
    }
    acct.flags = (acct.flags + acct.id) % 16;
  }
  var removed = 0;
  for (var i = 0; i < n; i += 3) if (table.remove(i * 7)) removed++;
  var sum = 0;
  for (var b = 0; b < table.buckets.length; b++) {
    for (var e = table.buckets[b]; e !== null; e = e.next) {
      var a = e.value;
      sum = (sum * 31 + a.balance + a.deposits * 3 + a.withdrawals * 5 + a.flags) % MOD;
    }
  }
  return [table.size, misses, removed, sum];
}

var res = run(N);
console.log("hashtable " + N + " " + res.join(" "));
