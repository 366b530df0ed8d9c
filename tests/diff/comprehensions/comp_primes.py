# primes via comprehension and sieve
N = 60
print([n for n in range(2, N) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
sieve = [True] * N
sieve[0] = sieve[1] = False
for i in range(2, N):
    if sieve[i]:
        for j in range(i * i, N, i):
            sieve[j] = False
print([i for i, p in enumerate(sieve) if p])
