# setops_xor: a ^ b and a ^= b (set_symmetric_difference_update) with int,
# float, bool and str keys and with keys whose __eq__ runs Python code (and
# counts its calls: the count must be CPython's).

calls = [0]


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        calls[0] += 1
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % (self.v,)


a = set(range(0, 3000, 2))
b = set(range(0, 3000, 3))
x = a ^ b
print(len(x), list(x)[:20], list(x)[-5:])
a ^= b
print(a == x, list(a)[:20])
f = frozenset(range(100)) ^ {1.0, 2.5, True, 99, 100, 3.0}
print(sorted(f, key=float)[:10], len(f), type(f).__name__)
s = {"a", "b", "c", 1, 2.0} ^ {"b", 2, "d", 1.5}
print(sorted(map(str, s)))
m = {K(1), K(2), 1, 3, K("x")} ^ {K(2), 1.0, K(4), 3, "x"}
print(sorted(map(repr, m)), calls[0])
calls[0] = 0
m ^= {K(1), 7, K(3), 1, 2}
print(sorted(map(repr, m)), calls[0])
big = set(range(40000)) ^ set(range(20000, 60000))
print(len(big), list(big)[:8], list(big)[-8:])
d = set(range(50))
for k in range(0, 50, 2):
    d.discard(k)
d ^= set(range(25, 75))
print(list(d))
