# str % int in traces (a helper call that allocates): %d, %i, %s and %%
# with ints of both signs, big ints, formats the fast path does not take
# (%x, widths), and the errors, raised from inside a loop.
parts = []
for i in range(5000):
    parts.append("w%d" % (i * 7919 % 1000))
    if i % 11 == 0:
        parts.append("n%i|%s%%" % ((-i,) * 2))
print(len(parts), parts[:12], len(" ".join(parts)))

out = []
for i in range(3000):
    x = i * 1234567891011 - 10**15
    out.append("%d" % x)
    out.append("%s" % (x * 10**8))
    out.append("%5d|%x" % (i, i))
print(out[:6], out[-6:])

n = 0
for i in range(3000):
    n += len("%d" % (2 ** (i % 70)))
print(n)

for i in range(3000):
    f = "v%d" if i < 2999 else "v%d %d"
    parts.append(f % i)
print(len(parts))
