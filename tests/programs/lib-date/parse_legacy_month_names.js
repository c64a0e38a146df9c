const S = ["Mar 5 2024", "March 5, 2024", "march 5 2024", "MARCH 5 2024", "5 March 2024", "5 Mar 2024", "2024 Mar 5", "Mar 2024 5",
  "Marchxyz 5 2024", "Ma 5 2024", "Sept 5 2024", "September 5 2024", "Jun 1 2024", "Jul 1 2024", "Jan 31 2024", "Dec 31 1999",
  "Mar-5-2024", "5-Mar-2024", "2024-Mar-05", "Mar 5", "5 March", "March", "Mar 2024", "Mar 5 24", "Mar 5 99", "Mar 5 100",
  "Mar 32 2024", "Feb 30 2024", "Mar 0 2024", "Tuesday, March 5, 2024", "Tue Mar 05 2024", "Foo Mar 5 2024", "Mar 5 2024 Foo",
  "Mar Apr 5 2024", "5 2024 Mar", "Mar 5 2024 10:00", "December 17, 1995 03:24:00", "Aug 9, 1995"];
for (const s of S) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(32), t, isNaN(t) ? "" : new Date(t).toString());
}
