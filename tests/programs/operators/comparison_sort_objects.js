const people = [
  { name: "Ann", age: 31 }, { name: "bob", age: 25 }, { name: "Cid", age: 31 }, { name: "dee", age: 19 },
];
const byAge = people.slice().sort((a, b) => a.age - b.age || (a.name < b.name ? -1 : 1));
console.log(byAge.map(p => p.name));
console.log(people.map(p => p.name).sort());
console.log(people.filter(p => p.age > 20).length, people.find(p => p.age === 19));
const grouped = {};
for (const p of people) (grouped[p.age] = grouped[p.age] || []).push(p.name);
console.log(grouped);
console.log(["b", "a", "C", "B", "c", "A"].sort(), [3, 20, 100, 1].sort());
console.log([undefined, 3, null, 1, undefined, 2].sort());
