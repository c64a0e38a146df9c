function makeBank(initial) {
  let balance = initial;
  const history = [];
  function record(kind, amt) { history.push(kind + ":" + amt); }
  return {
    deposit(a) { balance += a; record("d", a); return balance; },
    withdraw(a) {
      if (a > balance) throw new RangeError("insufficient funds: " + balance);
      balance -= a; record("w", a); return balance;
    },
    history: () => history.slice(),
  };
}
const acct = makeBank(100);
acct.deposit(50);
try { acct.withdraw(500); } catch (e) { console.log(e.name, e.message); }
acct.withdraw(30);
console.log(acct.history(), acct.balance);
const counters = [];
for (let i = 0; i < 3; i++) {
  let c = i * 10;
  counters.push({ next: () => ++c });
}
console.log(counters.map(x => [x.next(), x.next()]));
