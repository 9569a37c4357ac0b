# int keys tested with `in` / `not in` against sets, frozensets and dicts,
# including keys of other types with the same hash (float, bool, objects
# whose __eq__ runs or raises), huge ints and hash(-1); and
# `for x in range(...)` with every argument form.

class Eq:
    def __init__(self, v, log):
        self.v = v
        self.log = log
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        self.log.append(("eq", self.v, other))
        return self.v == other

class Boom:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        raise ValueError("boom %r" % (other,))

s = {1, 2, 3, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61 - 1), 2**63 - 1, -(2**63)}
for k in [0, 1, 3, 4, -1, -2, -3, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -(2**61 - 1), -(2**61), 2**63 - 1, -(2**63), 2**64]:
    print(k, k in s, k not in s)

f = frozenset([1.0, True, 7, 8.5])
for k in [1, 2, 7, 8, True, False, 0]:
    print("frozenset", k, k in f, k not in f)

d = {1.0: "a", 2: "b", True: "c", 3: "d"}
print(d)
for k in [0, 1, 2, 3, 4]:
    print("dict", k, k in d, k not in d)

log = []
objs = {Eq(10, log), Eq(11, log)}
print(10 in objs, 11 in objs, 12 in objs, 10 not in objs)
print(sorted(log))

b = {Boom(), 6}
print(6 in b, 7 in b)
try:
    print(5 in b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(5 not in {Boom(): 1})
except ValueError as e:
    print(type(e).__name__, e)

# collisions: ints that share low bits and perturbation
big = set(range(0, 1 << 20, 1 << 12))
print(sum(1 for k in range(0, 1 << 20, 1 << 11) if k in big))
churn = set()
hits = 0
for i in range(2000):
    churn.add(i * 8)
    if i >= 5:
        churn.remove((i - 5) * 8)
    hits += (i * 8 in churn) + ((i - 5) * 8 in churn) + (i * 8 + 1 not in churn)
print(hits, len(churn), sorted(churn))

class SubSet(set):
    pass
class SubDict(dict):
    pass
print(3 in SubSet([3]), 4 in SubSet([3]), 1 in SubDict({1: 2}), 2 not in SubDict({1: 2}))
print(3 in [1, 2, 3], 3 in (3,), 3 in range(5), 3 in {3: 0}.keys())
try:
    print(1 in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([] in {1})
except TypeError as e:
    print(type(e).__name__, e)

# range as a for loop's iterable
def ranges(n):
    out = []
    for i in range(n):
        out.append(i)
    for i in range(-3, n):
        out.append(i)
    for i in range(n, 0, -2):
        out.append(i)
    for i in range(True):
        out.append(("bool", i))
    for i in range(2**61 - 2, 2**61 + 1):
        out.append(i)
    for i in range(-(2**61) - 1, -(2**61) + 1):
        out.append(i)
    for i in range(5, 2):
        out.append("never")
    return out
print(ranges(4))
print(ranges(0))
for bad in [(), (1, 2, 3, 4), (1.5,), ("a", 2), (1, 2, 0)]:
    try:
        for i in range(*bad):
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
r = range(3)
print([(i, j) for i in range(2) for j in r])
def shadow():
    range = lambda n: [n, n]
    return [i for i in range(3)]
print(shadow())
try:
    for i in range(3, x=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(5 in b)
