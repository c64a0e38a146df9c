const S = ["2024-03-05", "2024-03-05T10:00", "2024-03-05T10:00Z", "March 5, 2024", "2024/03/05", "5 March 2024 10:00 UTC", "", "x",
  "Tue Mar 05 2024 14:03:09 GMT+0100", "1970-01-01T00:00:00.000Z"];
for (const s of S) {
  const a = new Date(s), b = Date.parse(s);
  console.log(JSON.stringify(s), a.getTime() === b || (isNaN(a) && isNaN(b)), String(a));
}
console.log(new Date(new String("2024-03-05")).getTime(), new Date(Object("1970-01-02")).getTime());
console.log(new Date("2024-03-05").getTimezoneOffset(), new Date("2024-07-05").getTimezoneOffset());
