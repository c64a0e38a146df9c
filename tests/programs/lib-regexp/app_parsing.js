// parsing structured strings: URLs, dates, semver, emails, log lines, query strings
var URL_RE = /^(?<scheme>[a-z][a-z\d+.-]*):\/\/(?:(?<user>[^:@\/]+)(?::(?<pass>[^@\/]*))?@)?(?<host>[^:\/?#]+)(?::(?<port>\d+))?(?<path>\/[^?#]*)?(?:\?(?<query>[^#]*))?(?:#(?<hash>.*))?$/i;
for (var u of ["https://user:pw@example.com:8080/a/b?x=1&y=2#top", "http://localhost", "ftp://files.example.org/pub/", "notaurl"]) {
  var m = URL_RE.exec(u);
  console.log(u, m ? JSON.stringify(m.groups) : null);
}
var qs = "a=1&b=hello%20world&c=&d&a=2";
var params = [];
qs.replace(/([^&=]+)(?:=([^&]*))?/g, (m, k, v) => { params.push([k, v === undefined ? null : decodeURIComponent(v)]); });
console.log(JSON.stringify(params));
var DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;
for (var d of ["2024-02-29", "2024-13-01", "2024-01-31T23:59", "2024-01-31T24:00", "1999-12-31T00:00:59"]) console.log(d, JSON.stringify(DATE.exec(d)?.slice(1) ?? null));
var SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
for (var v of ["1.2.3", "v10.0.0-alpha.1+build.5", "01.2.3", "1.2", "2.0.0-rc.1"]) console.log(v, JSON.stringify(SEMVER.exec(v)?.slice(1)));
var EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
console.log(["a@b.co", "bad@", "x y@z.com", "first.last+tag@sub.domain.org"].map(e => EMAIL.test(e)));
var LOG = /^(?<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?<time>[^\]]+)\] "(?<method>[A-Z]+) (?<path>\S+) HTTP\/[\d.]+" (?<status>\d{3}) (?<size>\d+|-)$/;
var lines = ['127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326', '10.0.0.2 - - [11/Oct/2000:01:02:03 +0000] "POST /api HTTP/1.1" 404 -', "garbage line"];
for (var l of lines) { var r = LOG.exec(l); console.log(r ? [r.groups.ip, r.groups.method, r.groups.path, +r.groups.status, r.groups.size].join(" ") : "no match"); }
var hex = /^#?([a-f\d]{2})([a-f\d]{2})([a-f\d]{2})$/i;
console.log(["#ff8800", "00FFaa", "#fff"].map(c => (hex.exec(c) || []).slice(1).map(x => parseInt(x, 16)).join(",")));
var ini = "[core]\nname = jskernel\n; comment\n[user]\nemail= a@b.c\n";
var section = "", conf = {};
for (var line of ini.split(/\n/)) {
  var s = /^\[(\w+)\]$/.exec(line), kv = /^\s*([\w.]+)\s*=\s*(.*?)\s*$/.exec(line);
  if (s) section = s[1]; else if (kv) conf[section + "." + kv[1]] = kv[2];
}
console.log(JSON.stringify(conf));
