# collatz: integer-only numeric loops (Collatz sequence lengths) with while
# loops, modulo, shifts and comparisons on small ints.
def collatz_len(n):
    steps = 0
    while n != 1:
        if n & 1:
            n = 3 * n + 1
        else:
            n >>= 1
        steps += 1
    return steps

best = 0
best_n = 0
total = 0
for n in range(1, 120000):
    c = collatz_len(n)
    total += c
    if c > best:
        best = c
        best_n = n
print("checksum", total, best, best_n)
