# A CPU-bound program with one obviously hot function, used by
# docs/profiling.md to show --pyprof.


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def summary(limit):
    primes = [n for n in range(limit) if is_prime(n)]
    longest = max(range(1, limit // 20), key=collatz_steps)
    return len(primes), primes[-1], longest


print(summary(200_000))
