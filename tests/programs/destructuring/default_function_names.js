const { f = function () {}, g = () => {}, h = class {}, k = function named() {} } = {};
console.log(f.name, g.name, h.name, k.name);
const [p = () => 1, q = (0, function () {})] = [];
console.log(p.name, JSON.stringify(q.name));
let r;
({ r = () => {} } = {});
console.log(r.name);
[r = function () {}] = [];
console.log(r.name);
