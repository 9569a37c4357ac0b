# set_ops: integer and tuple sets: membership, union, intersection, difference
# and set comprehensions.
def lcg(seed, n, mod):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x >> 33) % mod)
    return out

total = 0
for rep in range(10):
    a = set(lcg(rep + 1, 40000, 50000))
    b = set(lcg(rep + 100, 40000, 50000))
    total += len(a | b) + 3 * len(a & b) + 5 * len(a - b) + 7 * len(a ^ b)
    hits = 0
    for k in range(50000):
        if k in a and k + 1 not in b:
            hits += 1
    total += hits
    pts = {(x % 300, x // 300) for x in a}
    total += sum(1 for (i, j) in pts if (j, i) in pts)
print("checksum", total)
