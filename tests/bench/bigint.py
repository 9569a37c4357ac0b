# bigint: pi digits by Gibbons' unbounded spigot, plus factorial digit sums;
# arithmetic on integers far beyond 64 bits.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(4000)
total = sum(d * (i + 1) for i, d in enumerate(digits))
for start in range(20):
    f = 1
    for i in range(1, 1300 + start):
        f *= i
    total += sum(int(c) for c in str(f))
print("checksum", total, "".join(str(d) for d in digits[:20]))
