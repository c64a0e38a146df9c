// Programs run with TZ=America/New_York: skipped local times move forward, repeated ones take the earlier instant.
const p = (...a) => { const d = new Date(...a); console.log(JSON.stringify(a), d.toISOString(), d.getHours(), d.getMinutes(), d.getTimezoneOffset()); };
p(2024, 2, 10, 2, 0);
p(2024, 2, 10, 2, 30);
p(2024, 2, 10, 2, 59, 59, 999);
p(2024, 2, 10, 3, 0);
p(2024, 10, 3, 0, 59);
p(2024, 10, 3, 1, 0);
p(2024, 10, 3, 1, 59, 59);
p(2024, 10, 3, 2, 0);
p(1974, 0, 6, 2, 30);
p(2007, 2, 11, 2, 30);
p(2006, 3, 2, 2, 30);
const d = new Date(2024, 2, 9, 12);
for (let i = 0; i < 3; i++) { d.setDate(d.getDate() + 1); console.log(d.toString()); }
const h = new Date(2024, 10, 3, 0, 0);
for (let i = 0; i < 4; i++) { console.log(h.toString()); h.setTime(h.getTime() + 36e5); }
const walk = new Date(2024, 2, 10, 0, 0);
for (let i = 0; i < 5; i++) { console.log(walk.getHours(), walk.getTimezoneOffset()); walk.setHours(walk.getHours() + 1); }
