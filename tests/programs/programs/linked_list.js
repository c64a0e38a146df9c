function Node(value, next) { this.value = value; this.next = next || null; }
function List() { this.head = null; this.size = 0; }
List.prototype.push = function (v) {
  const n = new Node(v);
  if (!this.head) this.head = n;
  else { let c = this.head; while (c.next) c = c.next; c.next = n; }
  this.size++;
  return this;
};
List.prototype.toArray = function () { const a = []; for (let c = this.head; c; c = c.next) a.push(c.value); return a; };
List.prototype.reverse = function () {
  let prev = null, cur = this.head;
  while (cur) { const nx = cur.next; cur.next = prev; prev = cur; cur = nx; }
  this.head = prev;
  return this;
};
const l = new List().push(1).push(2).push(3);
console.log(l.toArray(), l.size, l.reverse().toArray());
console.log(new Node(1, new Node(2)));
console.log(l);
