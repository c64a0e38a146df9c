const S = ["Mar 5 2024 10:00 AM", "Mar 5 2024 10:00 PM", "Mar 5 2024 12:00 AM", "Mar 5 2024 12:00 PM", "Mar 5 2024 12:30 am",
  "Mar 5 2024 12:30 pm", "Mar 5 2024 0:30 pm", "Mar 5 2024 13:00 PM", "Mar 5 2024 10:00:30 PM", "Mar 5 2024 10 PM", "Mar 5 2024 PM 10:00",
  "Mar 5 2024 10:00PM", "Mar 5 2024 10:00 P.M.", "Mar 5 2024 10:00 AM GMT", "Mar 5 2024 10:00 PM +0100", "3/5/2024, 2:03:09 PM",
  "3/5/2024, 12:00:00 AM", "Mar 5 2024 24:00", "Mar 5 2024 24:00:01", "Mar 5 2024 10::", "Mar 5 2024 10:", "Mar 5 2024 10:00:00.123456"];
for (const s of S) {
  const t = Date.parse(s);
  console.log(JSON.stringify(s).padEnd(30), t, isNaN(t) ? "" : new Date(t).toISOString());
}
