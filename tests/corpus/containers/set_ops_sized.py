# set algebra on sets big enough to resize (|, &, -, ^, update, the
# in-place forms, set() of a list with repeats): printed in CPython's
# order; __hash__ calls counted (an entry's stored hash is reused, as
# CPython does); __eq__ raising in the middle of an operation.

calls = []

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append(self.v)
        return self.v % 7
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v

def lcg(seed, n, mod):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((x >> 33) % mod)
    return out

a = set(lcg(1, 3000, 4000))
b = set(lcg(2, 3000, 4000))
print(len(a), len(b), len(a | b), len(a & b), len(a - b), len(a ^ b))
print(list(a | b)[:20], list(a & b)[:20], list(a - b)[:20], list(a ^ b)[:20])
print(list(b - a)[-10:], list(b & a)[-10:])
fa = frozenset(a)
print(type(fa & b).__name__, type(b & fa).__name__, type(fa - b).__name__, len(fa | b))
print(list(fa & b) == list(a & b), list(fa - b) == list(a - b))

rep = set([0] * 100000 + [1, 2, 3])
print(rep, len(rep))
rep.add(5)
print(rep)
t = set((3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5))
print(t)
u = set()
for r in (range(0, 300, 3), [1, 2, 3], (7, 8), {100: 1, 200: 2}, frozenset([1000, 2000])):
    u.update(r)
print(len(u), list(u)[:15], list(u)[-5:])

s = set(range(50))
s &= set(range(25, 100))
s -= {30, 31, 32}
s |= {500, 600}
s ^= {25, 26, 700}
print(sorted(s), len(s))

# hashes of keys of user classes: how often __hash__ runs
ks = [K(i) for i in range(40)]
calls.clear()
x = set(ks)
y = set(ks[10:30])
print("build", len(calls))
calls.clear()
print(len(x & y), len(y & x), "and", len(calls))
calls.clear()
print(len(x - y), len(y - x), "sub", len(calls))
calls.clear()
print(len(x | y), "or", len(calls))
calls.clear()
print(len(x ^ y), "xor", len(calls))
calls.clear()
print(x.intersection(ks[:5]), "intersection(list)", len(calls))

class Bad:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise RuntimeError("eq %d" % self.v)

p = {Bad(1), 2}
q = {Bad(2), 3}
for name, op in [("and", lambda: p & q), ("sub", lambda: p - q), ("or", lambda: p | q), ("xor", lambda: p ^ q)]:
    try:
        print(name, len(op()))
    except RuntimeError as e:
        print(name, type(e).__name__, e)
print(len(p & {2, 3}), len(p - {2}))
print(p - q)
