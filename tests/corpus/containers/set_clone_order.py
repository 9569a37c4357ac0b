# Set copies and algebra on big and small sets: the result's iteration
# order (CPython's slot layout), with and without deleted entries in the
# source, for set(), .copy(), frozenset(), | ^ - & and their in-place forms.
def show(label, s):
    items = list(s)
    print(label, type(s).__name__, len(s), items[:8], items[-4:], sum(items[::7]) if items and isinstance(items[0], int) else "")


a = set(range(0, 400, 3))
b = set(range(100, 700, 5))
show("a", a)
show("copy", a.copy())
show("set(a)", set(a))
show("frozenset(a)", frozenset(a))
show("a|b", a | b)
show("b|a", b | a)
show("a^b", a ^ b)
show("b^a", b ^ b | a)
show("a-b", a - b)
show("a&b", a & b)

# with deleted entries (dummies) in the source
c = set(range(1000))
for i in range(0, 1000, 3):
    c.discard(i)
show("c", c)
show("c.copy", c.copy())
show("c|a", c | a)
show("a|c", a | c)
show("c^a", c ^ a)
d = c.copy()
d.add(-1)
d.add(5000)
show("d", d)
show("c after", c)

# popped sets and their copies
e = set(range(64))
for _ in range(10):
    e.pop()
show("e", e)
show("e.copy", e.copy())
show("e|{1000}", e | {1000})

# negative ints, big ints and strs, mixed
m = {-5, -1, 2**40, 2**70, -2**65, 7}
show("m", m)
show("m|m2", m | {0, -7, 2**70 + 1})
words = {"w%d" % i for i in range(50)}
w2 = words | {"x", "y"}
print(sorted(w2)[:5], len(w2), len(words ^ {"w1", "z"}))
print(len(set(words)), set(words) == words, frozenset(words) == words)

# in-place forms keep identity
f = set(range(10))
g = f
f |= set(range(5, 20))
f ^= {1, 2, 100}
print(f is g, sorted(f))
# empty operands
show("empty|a", set() | a)
show("a|empty", a | set())
show("empty^a", set() ^ a)
print(set() | set(), frozenset() | set(), type(frozenset(a) | b).__name__, type(a | frozenset(b)).__name__)

# unhashable and hash-colliding keys
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 3
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%d)" % self.v


ks = {K(i) for i in range(9)}
print(sorted((k.v for k in ks | {K(1), K(10)})), len(ks ^ {K(2), K(20)}), sorted(k.v for k in ks.copy()))
try:
    a | [1]
except TypeError as exc:
    print("TypeError:", exc)
