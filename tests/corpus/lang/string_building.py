# String building: join, repeated concatenation, formatting tables.
rows = [("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 100, 10.0)]
print(f"{'name':<10}|{'qty':>5}|{'price':>8}")
print("-" * 25)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5}|{price:>8.2f}")
total = sum(q * p for _, q, p in rows)
print("total: %.2f" % total, "items: {}".format(len(rows)))
s = ""
for i in range(10):
    s += str(i)
print(s, s[::-1], s.count("1"), len(s))
words = "the quick brown fox jumps over the lazy dog".split()
print(" ".join(sorted(words, key=lambda w: (len(w), w))))
print(" ".join(w.capitalize() for w in words), words[2].upper())
print("%-6s|%6.1f|%03d|%+d|%r" % ("ab", 2.25, 7, 5, "q"))
