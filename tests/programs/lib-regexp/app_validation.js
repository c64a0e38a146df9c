// input validation patterns applied to tables of good and bad inputs
var rules = {
  ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
  hexColor: /^#(?:[0-9a-f]{3}){1,2}$/i,
  username: /^(?=.{3,16}$)[a-z](?:[a-z0-9]|[._-](?![._-]))*[a-z0-9]$/,
  password: /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$/,
  isoDate: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  phone: /^\+?(\d{1,3})?[-. (]*(\d{3})[-. )]*(\d{3})[-. ]*(\d{4})$/,
  identifier: /^[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*$/u,
  binary: /^(?:0|1(?:0|1)*)$/,
  divisibleBy3Binary: /^(?:0|1(?:01*0)*1)*$/
};
var inputs = {
  ipv4: ["192.168.0.1", "255.255.255.255", "256.1.1.1", "1.2.3", "01.2.3.4", "0.0.0.0"],
  uuid: ["123e4567-e89b-12d3-a456-426614174000", "123e4567-e89b-62d3-a456-426614174000", "not-a-uuid"],
  hexColor: ["#fff", "#FFFFFF", "#ffff", "fff", "#12g"],
  username: ["bob", "a.b_c", "ab", "a..b", "-abc", "validname123"],
  password: ["Passw0rd!", "password", "PASSWORD1!", "Pa1!", "Abcdefg1?"],
  isoDate: ["2024-02-30", "2024-00-10", "1999-12-31", "99-1-1"],
  phone: ["+1 (555) 123-4567", "555.123.4567", "5551234567", "12345"],
  identifier: ["x", "$el", "_priv", "2bad", "ünïcödé", "a-b", "\u{1D4D1}x"],
  binary: ["0", "101", "0101", ""],
  divisibleBy3Binary: ["0", "11", "110", "1001", "111", "1100"]
};
for (var k in rules) console.log(k.padEnd(20), inputs[k].map(s => (rules[k].test(s) ? "Y" : "n")).join(" "));
var m = rules.phone.exec("+44 (555) 123-4567");
console.log(m.slice(1).join("|"));
