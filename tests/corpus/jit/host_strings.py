# strs in traced loops: indexing by an int (one-character strs, negative
# indexes, non-ASCII text), concatenation, len, comparisons, and dicts keyed
# by the strs built; ends with an IndexError from inside a traced loop.
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def words(n, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        w = ""
        y = x
        for _ in range(2 + x % 4):
            w += ALPHA[y % 7]
            y //= 7
        out.append(w)
    return out


ws = words(3000, 1)
print(ws[:8], len(ws))
counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1
pairs = {}
for i in range(len(ws) - 1):
    key = ws[i] + " " + ws[i + 1]
    if key in pairs:
        pairs[key] += 1
    else:
        pairs[key] = 1
print(len(counts), len(pairs), max(pairs.values()))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

# comparisons and len
lt = eq = total = 0
prev = ""
for w in ws:
    if w < prev:
        lt += 1
    if w == prev:
        eq += 1
    if w != "ab" and w >= "b":
        total += len(w)
    prev = w
print("cmp", lt, eq, total)

# negative indexes, identity of one-character strs
s = "hello, world"
acc = ""
same = 0
for i in range(3000):
    c = s[-1 - i % len(s)]
    if c is s[len(s) - 1 - i % len(s)]:
        same += 1
    if i % 100 == 0:
        acc += c
print(acc, same)

# non-ASCII text
t = "naïve café ☃ ünïcödé"
out = []
for i in range(3000):
    out.append(t[i % len(t)])
print("".join(out[:40]), len(out))

# dict keyed by ints and strs, values of several types
d = {}
for i in range(3000):
    d[i % 50] = i
    d["k" + ALPHA[i % 26]] = float(i)
    d[(i % 3, "t")] = ALPHA[i % 26]
print(sorted((k, v) for k, v in d.items() if isinstance(k, int))[:5], d["kz"], d[(2, "t")])
tot = 0.0
for i in range(3000):
    tot += d[i % 50] + d["k" + ALPHA[i % 26]]
print(tot)

# IndexError from a traced loop
s = "abcdef" * 100
n = 0
for i in range(3000):
    n += ord(s[i])
print(n)
