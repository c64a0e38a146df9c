const data = { user: { name: "ann", tags: ["x", "y"], meta: { id: 7 } }, list: [[1, [2, 3]], { deep: [4] }] };
const { user: { name, tags: [firstTag, ...otherTags], meta: { id: userId = 0 } }, list: [[one, [two, three]], { deep: [four] }] } = data;
console.log(name, firstTag, otherTags, userId, one, two, three, four);
const { missing: { inner = "dflt" } = {} } = {};
console.log(inner);
try { const { missing: { inner2 } } = {}; } catch (e) { console.log(e.constructor.name); }
const [{ a = 1 } = {}, [b = 2] = []] = [];
console.log(a, b);
function g({ x, y: [y1, y2] = [8, 9] } = {}, ...[r1, r2]) { return [x, y1, y2, r1, r2]; }
console.log(g(), g({ x: 1, y: [2] }, 3, 4, 5));
