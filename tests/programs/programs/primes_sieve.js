function sieve(n) {
  const isPrime = [];
  for (let i = 0; i <= n; i++) isPrime.push(true);
  isPrime[0] = isPrime[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (!isPrime[i]) continue;
    for (let j = i * i; j <= n; j += i) isPrime[j] = false;
  }
  const primes = [];
  for (let i = 0; i <= n; i++) if (isPrime[i]) primes.push(i);
  return primes;
}
console.log(sieve(200));
console.log(sieve(10000).length);
