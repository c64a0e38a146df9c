const S = ["Thu, 01 Jan 1970 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:00 UTC", "Thu, 01 Jan 1970 00:00:00 UT", "Thu, 01 Jan 1970 00:00:00 Z",
  "Thu, 01 Jan 1970 00:00:00 GMT+0100", "Thu, 01 Jan 1970 00:00:00 GMT-0430", "Thu, 01 Jan 1970 00:00:00 +0100", "Thu, 01 Jan 1970 00:00:00 -01:30",
  "Jan 1 1970 00:00:00 EST", "Jan 1 1970 00:00:00 EDT", "Jan 1 1970 00:00:00 CST", "Jan 1 1970 00:00:00 CDT", "Jan 1 1970 00:00:00 MST",
  "Jan 1 1970 00:00:00 MDT", "Jan 1 1970 00:00:00 PST", "Jan 1 1970 00:00:00 PDT", "Jan 1 1970 GMT+1", "Jan 1 1970 GMT+01:30", "Jan 1 1970 GMT-8",
  "Jan 1 1970 UTC+0100", "Jan 1 1970 +0100", "Jan 1 1970 10:00 +0100", "Jan 1 1970 10:00 +01", "Jan 1 1970 10:00:00 GMT+123",
  "Jan 1 1970 10:00:00 GMT+12345", "Jan 1 1970 10:00 GMT+1 (comment)", "Mon, 25 Dec 1995 13:30:00 +0430", "Jan 1 1970 CET", "Jan 1 1970 10:00 z",
  "Jan 1 1970 10:00 gmt", "1970-01-01 10:00 GMT", "1970-01-01 10:00 +0200", "1970-01-01T10:00:00 GMT", "Jan 1 1970 10:00 GMT+"];
for (const s of S) console.log(JSON.stringify(s).padEnd(44), Date.parse(s));
