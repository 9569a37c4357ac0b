# pair_loops: `for a, b in X` where X yields pairs built per step (dict
# items, enumerate, zip of two), in functions, generators and comprehensions,
# with every way such a loop can end or fail.
import collections

d = {"one": 1, "two": 2, "three": 3}

def items_loop(m):
    out = []
    for k, v in m.items():
        out.append((k, v))
    return out

print(items_loop(d))
print(items_loop({}))
print(items_loop(collections.OrderedDict([("x", 1), ("y", 2)])))
print(items_loop(collections.defaultdict(int, {"p": 5})))
print(items_loop(collections.Counter("abracadabra")))

# entries deleted before and during iteration leave holes the loop skips
m = {i: i * i for i in range(10)}
for i in range(0, 10, 3):
    del m[i]
print([(k, v) for k, v in m.items()])
total = 0
for k, v in m.items():
    m[k] = v + 1          # same size: allowed
    total += k
print(total, m)

# size change during a pair loop
for change in ("add", "del", "pop"):
    m = {"a": 1, "b": 2, "c": 3}
    seen = []
    try:
        for k, v in m.items():
            seen.append(k)
            if change == "add":
                m[k * 2] = v
            elif change == "del":
                del m["c"]
            else:
                m.popitem()
    except RuntimeError as e:
        print(change, seen, type(e).__name__, e)

# the iterator keeps failing after the size change
m = {"a": 1}
it = iter(m.items())
m["b"] = 2
for attempt in range(2):
    try:
        for k, v in it:
            print("never", k, v)
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)

# enumerate: starts, big and negative counters, the int64 boundary
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", -2):
    print(i, ch)
for i, ch in enumerate("abc", 2**63 - 2):
    print(i, ch)
for i, ch in enumerate("ab", 2**70):
    print(i, ch)
for i, ch in enumerate("ab", True):
    print(i, type(i).__name__, ch)
class IntSub(int):
    pass

class HasIndex:
    def __index__(self):
        return 40

class BadIndex:
    def __index__(self):
        return "x"

for start in (IntSub(5), 2**64, HasIndex(), BadIndex(), 1.5, "3", None):
    try:
        for i, ch in enumerate("ab", start):
            print(i, type(i).__name__, ch)
    except TypeError as err:
        print(type(err).__name__, err)
e = enumerate("xyz")
print(next(e))
for i, ch in e:
    print("rest", i, ch)
print(list(e))

def gen(n):
    for i in range(n):
        yield i * 10
    raise KeyError("from gen")

try:
    for i, x in enumerate(gen(3)):
        print("gen item", i, x)
except KeyError as err:
    print(type(err).__name__, err)

# zip of two, of three, strict, uneven, exhausted
for a, b in zip([1, 2, 3], "xy"):
    print(a, b)
for a, b in zip((), "xy"):
    print("never", a, b)
for a, b, c in zip([1, 2], "xy", (True, None)):
    print(a, b, c)
for t in zip([1, 2], "xy"):
    print(t)
for strict_args in (([1, 2], "xyz"), ([1, 2, 3], "xy"), ([1, 2], "xy")):
    try:
        for a, b in zip(*strict_args, strict=True):
            print("strict", a, b)
        print("strict ok")
    except ValueError as err:
        print(type(err).__name__, err)
z = zip("ab", "cd")
for a, b in z:
    pass
print(a, b, list(z))
m = {1: 2}
zz = zip(m, [0, 0])
try:
    for a, b in zz:
        m[5] = 6
except RuntimeError as err:
    print(type(err).__name__, err)

# unpacking into the wrong count still fails like CPython
for bad in (lambda: [None for a, b, c in d.items()],
            lambda: [None for (a,) in enumerate("q")],
            lambda: [None for a, b, c in zip("ab", "cd")]):
    try:
        bad()
    except ValueError as err:
        print(type(err).__name__, err)

# starred and nested targets, which are not plain pairs
for k, *rest in d.items():
    print(k, rest)
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for (i, k), v in zip(enumerate("ab"), "cd"):
    print(i, k, v)

# targets that are attributes, subscripts and globals
class Box:
    pass

b = Box()
box = [0, 0]
for b.key, box[1] in d.items():
    pass
print(b.key, box)

def in_generator(m):
    for k, v in m.items():
        yield k + "=" + str(v)

print(list(in_generator(d)))
print(sum(len(k) * v for k, v in d.items()))
print({v: k for k, v in d.items()})
print([i * x for i, x in enumerate(range(5), 1)])
print(dict(zip("abc", range(3))))

# the loop variables keep the last pair after the loop, and break keeps
# the current one
for k, v in d.items():
    if v == 2:
        break
print(k, v)
for i, x in enumerate([7, 8]):
    pass
print(i, x)

# a subclass of dict and dict views of subclasses
class D(dict):
    def items(self):
        return [("over", "ridden")]

for k, v in D(a=1).items():
    print(k, v)
for k, v in dict.items(D(a=1)):
    print(k, v)

# a hot pair loop (long enough for the JIT's threshold)
acc = 0
big = {i: i % 7 for i in range(3000)}
for k, v in big.items():
    acc += k * v
for i, v in enumerate(big.values()):
    acc -= i * v
for p, q in zip(big, reversed(list(big))):
    acc += p - q
print(acc)

m = {"a": 1}
for k, v in m.items():
    m["b"] = 2
