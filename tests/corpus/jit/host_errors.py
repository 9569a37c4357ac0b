# Exceptions raised where a traced loop calls a host helper: KeyError from
# a dict subscript and set.remove, a set and a dict changed while a for loop
# iterates over them (RuntimeError), and keys with a user __eq__ appearing
# mid-loop; the program ends with an uncaught KeyError.


class Odd:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        Odd.calls += 1
        return False


d = {i: i * 2 for i in range(100)}
tot = 0
try:
    for i in range(3000):
        tot += d[i % 120]
except KeyError as e:
    print(type(e).__name__, e, tot)

s = set(range(50))
try:
    for i in range(3000):
        s.remove(i % 60)
        s.add(i % 60)
except KeyError as e:
    print(type(e).__name__, e, len(s))

cols = set()
n = 0
for i in range(3000):
    c = i % 7
    if c in cols:
        cols.discard(c)
    else:
        cols.add(c)
        n += 1
print("toggle", n, sorted(cols))

# user __eq__ on a colliding key, added mid-loop
s = set(range(10))
hits = 0
for i in range(3000):
    if i == 1500:
        s.add(Odd(3))
        s.discard(3)
    if 3 in s:
        hits += 1
    if i == 1502:
        s.discard(Odd(3))
print("hits", hits, Odd.calls > 0)

# a set and a dict changed while iterated
s = set(range(2000))
try:
    for x in s:
        if x == 1500:
            s.add(-1)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(2000)}
try:
    for k in d:
        if k == 1500:
            d[-1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for k, v in d.items():
        if k == 1800:
            del d[0]
except RuntimeError as e:
    print(type(e).__name__, e)
t = 0
for k in d.keys():
    t += k
for v in d.values():
    t += v
for x in s:
    t += x
for k, v in d.items():
    t += k * v
print("sums", t)

# keys and values of mixed types: an exit after the iterator moved on
mixed = {}
for i in range(40):
    mixed[i] = i
    mixed[str(i)] = float(i)
    mixed[(i,)] = None
cnt = [0, 0, 0.0, 0]
for r in range(60):
    for k, v in mixed.items():
        if isinstance(k, int):
            cnt[0] += v
        elif v is None:
            cnt[1] += 1
        else:
            cnt[2] += v
    for k in mixed:
        if isinstance(k, str):
            cnt[3] += 1
    for v in mixed.values():
        if v is None:
            cnt[3] += 1
    for x in {1, "a", 2.5, (1, 2), None, 7}:
        if x is not None and not isinstance(x, str):
            cnt[3] += 1
print("mixed", cnt)

counts = {}
for i in range(3000):
    counts[i % 13] = counts.get(i % 13, 0) + 1
last = {}
for i in range(3000):
    last[str(i % 17)] = i
print(sorted(counts.items())[:3], last["16"])
missing = {"a": 1}
for i in range(3000):
    missing["a"] += missing["b" if i == 2999 else "a"] % 7
