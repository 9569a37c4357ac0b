# short str concatenation in traces: strs of up to eight bytes built in
# the trace, empty strs in registers, results that cross eight bytes,
# non-ASCII parts, and the strs used as dict keys, compared, indexed and
# measured; ends with a TypeError from concatenating a str and an int.
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def words(n, seed, alpha):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = ""
        y = x
        for _ in range(x % 6):
            w += alpha[y % len(alpha)]
            y //= 7
        out.append(w)
    return out


for alpha in (ALPHA, "ab", "aé☃", "xyz𝄞"):
    ws = words(4000, 3, alpha)
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print(len(counts), best, max(ws), min(ws), sum(len(w) for w in ws))

pairs = {}
ws = words(5000, 7, ALPHA)
for i in range(len(ws) - 1):
    key = ws[i] + " " + ws[i + 1]
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
print(len(pairs), sum(len(k) * v for k, v in pairs.items()))

e = ""
acc = []
for i in range(3000):
    a = e + ALPHA[i % 26]
    b = ALPHA[i % 13] + e
    c = a + b
    d = c + c + c
    acc.append((a, b, c, d[-1], len(d), c == "ab", c < "m"))
print(acc[:3], acc[-1], len(set(acc)))

s = "x"
for i in range(3000):
    s = s + str(i % 10) if len(s) < 12 else s[:1]
print(s)

t = ""
for i in range(2500):
    t = ALPHA[i % 26] + t[:5]
print(t)

bad = 0
for i in range(3000):
    w = ALPHA[i % 26] + ALPHA[(i + 1) % 26]
    if i == 2999:
        w = w + i
    bad += len(w)
print(bad)
