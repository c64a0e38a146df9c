// Formats commonly seen in logs, HTTP headers and other programs' output.
const S = ["Tue, 05 Mar 2024 14:03:09 GMT", "Tue, 5 Mar 2024 14:03:09 +0000", "Tuesday, 05-Mar-24 14:03:09 GMT", "Tue Mar  5 14:03:09 2024",
  "2024-03-05 14:03:09", "2024-03-05 14:03:09.123", "2024-03-05 14:03:09Z", "2024-03-05 14:03:09 +01:00", "2024-03-05T14:03:09.123456789Z",
  "05 Mar 2024 14:03:09", "Mar 05, 2024 2:03:09 PM", "March 5, 2024 at 2:03 PM", "3/5/2024 2:03:09 PM", "2024-03-05T14:03:09.000+05:30",
  "Tue Mar 05 2024 14:03:09 GMT+0530 (India Standard Time)", "Tue Mar 05 2024 14:03:09 GMT-0800 (Pacific Standard Time)",
  "Wed, 09 Aug 1995 00:00:00", "Mon, 25 Dec 1995 13:30:00 +0430", "2011-10-10T14:48:00.000+09:00", "1995-12-17T03:24:00",
  "Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)", "Sat, 01 Jan 2000 00:00:00 GMT", "2000-01-01T00:00:00.000-00:00"];
for (const s of S) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(62), t, isNaN(t) ? "" : new Date(t).toISOString());
}
