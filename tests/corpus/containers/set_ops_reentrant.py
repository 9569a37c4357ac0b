# Set operations whose key comparisons (__eq__) run other set operations:
# each operation walks its own copy of the keys, so the inner ones must
# not disturb the outer walk (vm/setkeycopy.go).

calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v % 3

    def __eq__(self, other):
        if not isinstance(other, K):
            return NotImplemented
        # inner set operations of other sizes, while the outer one walks
        x = set(range(self.v % 7, 40))
        y = set(range(0, 60, 3))
        calls.append(len(x & y) + len(x - y) + len(x ^ y))
        return self.v == other.v

    def __repr__(self):
        return "K(%d)" % self.v


a = {K(i) for i in range(12)}
b = {K(i) for i in range(6, 20)}
for name, r in (("and", a & b), ("sub", a - b), ("xor", a ^ b), ("rsub", b - a)):
    print(name, sorted(k.v for k in r))
c = set(a)
c &= b
print("iand", sorted(k.v for k in c))
c = set(a)
c -= b
print("isub", sorted(k.v for k in c))
c = set(a)
c ^= b
print("ixor", sorted(k.v for k in c))
print("eq calls", len(calls) > 0, sorted(set(calls)))

# a big walk after the small ones reuses (and must regrow) the buffers
big1 = set(range(0, 30000, 2))
big2 = set(range(0, 30000, 3))
print(len(big1 & big2), len(big1 - big2), len(big1 ^ big2))
print(len(a & b), len(big2 - big1))
