const S = ["(comment) Mar 5 2024", "Mar 5 2024 (comment)", "Mar (x) 5 2024", "Mar 5 2024 ((nested) comment)", "Mar 5 2024 (unclosed",
  "2024-03-05T10:00:00.000Z (x)", "Tue Mar 05 2024 14:03:09 GMT+0100 (Central European Standard Time)", "garbage", "garbage 2024",
  "garbage2024", "2024garbage", "Mar 5 2024 garbage", "Mar 5, 2024, 10:00", "Mar 5 2024 10:00 )", "Mar 5 2024 +", "  Mar   5   2024  ",
  "\tMar\n5\r2024", "Mar\u00a05\u00a02024", "Mar 5 2024 10:00 T", "Juneteenth 19 2024", "mar5 2024", "Mar5 2024", "Mar 5th 2024",
  "The 5 of Mar 2024", "Mar,5,2024", "Mar_5_2024", "[Mar 5 2024]", "Mar 5 2024 10.30", "Mar 5 2024 10.30.15"];
for (const s of S) console.log(JSON.stringify(s).padEnd(40), Date.parse(s));
console.log(Date.parse(), Date.parse(undefined), Date.parse(null), Date.parse(0), Date.parse(2024), Date.parse({ toString() { return "2024-01-01"; } }));
try { Date.parse(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
