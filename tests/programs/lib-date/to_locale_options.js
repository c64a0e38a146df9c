// toLocaleString & co. with en-US and the common Intl.DateTimeFormat options.
const d = new Date(2024, 2, 5, 14, 3, 9, 45);
const d9 = new Date(2024, 2, 5, 9, 3, 9, 45);
const O = [undefined, {}, {timeZone:"UTC"}, {dateStyle:"full"},{dateStyle:"long"},{dateStyle:"medium"},{dateStyle:"short"},{timeStyle:"full"},{timeStyle:"long"},{timeStyle:"medium"},{timeStyle:"short"},
{dateStyle:"full",timeStyle:"short"},{dateStyle:"medium",timeStyle:"medium"},{dateStyle:"short",timeStyle:"long"},
{year:"numeric",month:"long",day:"numeric"},{month:"short",day:"numeric"},{weekday:"long"},{weekday:"short"},{year:"numeric",month:"2-digit",day:"2-digit"},
{hour:"2-digit",minute:"2-digit"},{hour:"numeric",minute:"2-digit"},{month:"long"},{year:"numeric",month:"short"},{weekday:"short",year:"numeric",month:"short",day:"numeric"},
{weekday:"long",year:"numeric",month:"long",day:"numeric"},{hour12:false},{hour:"numeric"},{hour:"numeric",hour12:false},{year:"2-digit"},{month:"numeric",day:"numeric"},
{timeZoneName:"short"},{timeZone:"Asia/Tokyo",timeZoneName:"short"},{hour:"2-digit",minute:"2-digit",second:"2-digit",hour12:false},{minute:"2-digit"},{second:"numeric"},
{year:"numeric"},{day:"numeric"},{month:"narrow"},{weekday:"narrow"},{era:"short"},{fractionalSecondDigits:3},{hourCycle:"h23"},{year:"numeric",month:"long"},{month:"long",day:"numeric"},
{year:"numeric",month:"numeric"},{hour:"numeric",minute:"numeric",second:"numeric",timeZoneName:"long"},
{hourCycle:"h24"}, {hourCycle:"h11"}, {timeStyle:"short",hour12:false}, {weekday:"long", day:"numeric"}, {era:"long"}, {era:"narrow", year:"numeric"},
{timeZone:"Asia/Kolkata", timeZoneName:"short"}, {timeZone:"Europe/London", timeZoneName:"short"}, {timeZone:"utc", timeZoneName:"short"}, {timeZone:"utc", timeZoneName:"long"},
{timeZoneName:"shortOffset"}, {timeZoneName:"longOffset"}, {timeZoneName:"shortGeneric"}, {timeZoneName:"longGeneric"},
{weekday:"bogus"}, {timeZone:"Foo/Bar"}, {dateStyle:"full", month:"long"}, null, {fractionalSecondDigits: 4}, {second:"2-digit", fractionalSecondDigits:2},
{minute:"2-digit", second:"2-digit"}, {month:"2-digit"}, {day:"2-digit"}, {month:"short",year:"2-digit"}, {month:"numeric",year:"2-digit", day:"2-digit"},
{timeZone:"Europe/Berlin", dateStyle:"full", timeStyle:"full"}, {timeZone:"America/Los_Angeles", timeStyle:"long"}, {hour12:true, hourCycle:"h23"}];
for (const o of O) {
  const out = [];
  for (const m of ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]) for (const x of [d, d9]) {
    try { out.push(JSON.stringify(x[m]("en-US", o))); } catch (e) { out.push("!" + e.constructor.name + ": " + e.message); }
  }
  console.log(JSON.stringify(o), out.join(" "));
}
console.log(new Date(-62198755200000).toLocaleString("en-US", {era:"short"}), new Date(2024,0,1,0,5).toLocaleTimeString("en-US",{hourCycle:"h24"}), new Date(2024,0,1,12,5).toLocaleTimeString("en-US",{hourCycle:"h11"}));
console.log(new Date(-62198755200000).toLocaleString("en-US", {era:"short"}), new Date(2024,0,1,0,5).toLocaleTimeString("en-US",{hourCycle:"h24"}), new Date(2024,0,1,12,5).toLocaleTimeString("en-US",{hourCycle:"h11"}));
console.log(d.toLocaleString(undefined), d.toLocaleString([]), d.toLocaleString(), d.toLocaleDateString(undefined, {month: "long", day: "numeric", year: "numeric"}));
console.log(new Date(NaN).toLocaleString("en-US", { weekday: "bogus" }), new Date(NaN).toLocaleDateString(undefined, null));
