# alloc_tuples: allocation-heavy code; builds and discards many short-lived
# lists of tuples and small lists, so the allocator and collector dominate.
def build(n, seed):
    out = []
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFF
        out.append((x & 0xFF, (x >> 8) & 0xFF, [i, x]))
    return out

def fold(rows):
    acc = 0
    for a, b, pair in rows:
        acc += a * b + pair[1] % 17
    return acc

total = 0
for rep in range(15):
    rows = build(40000, rep)
    total += fold(rows)
    merged = [(a + b, c) for (a, b, c) in rows if a > b]
    total += len(merged)
print("checksum", total)
