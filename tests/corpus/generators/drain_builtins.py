# Builtins that drain generators: sum, min, max, any, all, list, tuple,
# sorted, str.join, set, dict, `in`; early stops leave the generator
# suspended; finally blocks run; mixed items take the slow path.

def gen(n, log=None):
    try:
        for i in range(n):
            yield i
    finally:
        if log is not None:
            log.append("finally")

print(sum(x % 7 for x in range(1000)))
print(sum((x * 0.5 for x in range(10)), 0.25))
print(sum(x for x in [1, 2.5, 3]))
print(sum((x for x in [2**62, 2**62, 2**62])))
print(sum(([x] for x in range(4)), []))
print(min(x * x - 10 * x for x in range(20)), max(x % 13 for x in range(100)))
print(min((s for s in ["pear", "fig", "apple"]), key=len), max(c for c in "hello"))
print(any(x > 5 for x in range(10)), any(x > 50 for x in range(10)))
print(all(x < 5 for x in range(10)), all(x < 50 for x in range(10)))
print(any(()), all(x for x in ()), any(x for x in [0, "", None, [], (), 0.0]))
print(list(x * 2 for x in range(6)), tuple(str(x) for x in range(4)))
print(sorted(-x for x in range(5)), sorted((x % 4 for x in range(9)), reverse=True))
print(",".join(str(x) for x in range(8)), "".join(c.upper() for c in "abc"))
print(sorted(set(x % 5 for x in range(50))), sorted(set(str(x % 3) for x in range(9))))
print(dict((x, x * x) for x in range(5)))
print(3 in (x for x in range(10)), 30 in (x for x in range(10)))
print("b" in (c for c in "abc"), None in (x for x in [1, None]), 1 in (x for x in [None, "1"]))
print(True in (x for x in [0, 1]), 1.0 in (x for x in [0, 1]))

# early stop: the generator stays suspended after the item that stopped it
g = (x for x in range(10))
print(any(x == 3 for x in [0]), 4 in g, next(g), list(g))
g = gen(10)
print(any(x >= 3 for x in [9]), all(x < 3 for x in g), next(g))
g = gen(10)
print(any(v > 2 for v in [1]), any(gen(0)))
it = iter(range(10))
g = (x for x in it)
print(any(x > 4 for x in g), next(g), all(x < 8 for x in g), list(g))

# finally runs when the generator finishes or is closed
log = []
print(sum(gen(5, log)), log)
log = []
g = gen(5, log)
print(3 in g, log)
g.close()
print(log)
log = []
print(list(gen(3, log)), sorted(gen(3, log)), tuple(gen(2, log)), log)

# nested genexprs and drains inside drains
print(sum(sum(y for y in range(x)) for x in range(10)))
print(list(list(y for y in range(x)) for x in range(4)))
print(max(min(y * x for y in range(1, 4)) for x in range(5)))
print(",".join(",".join(str(y) for y in range(x)) for x in range(4)))

# items that need Python code take the slow path, mixed with fast ones
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __bool__(self):
        return self.v > 1
    def __eq__(self, o):
        return isinstance(o, int) and o == self.v * 10
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return "Num(%d)" % self.v

print(sum(Num(x) if x % 3 == 0 else x for x in range(10)))
print(any(Num(x) for x in range(3)), all(Num(x) if x else 5 for x in range(3)))
print(20 in (Num(x) for x in range(5)), 7 in (Num(x) if x % 2 else x for x in range(9)))
print(len(set(Num(x % 2) if x % 3 else x for x in range(12))))
print(sum(x for x in [1, 2**63, 2**64, -5]), sum(x for x in [1.5, 2, 3.5]))
class S(str):
    pass
print("-".join(S(c) if c == "b" else c for c in "abcd"))

# a consumer's __eq__ may resume the generator being drained
def counter():
    for i in range(10):
        yield i
g = counter()
class Peek:
    def __eq__(self, o):
        print("peek", o, next(g))
        return o == 4
print(Peek() in g, list(g))

# keys whose equality runs Python code, met by int keys from the generator
class Loud:
    def __hash__(self):
        return 3
    def __eq__(self, o):
        print("Loud.__eq__", o)
        return False
print(len(set(Loud() if x == 0 else x for x in [0, 3, 3, 4])))
print(len(dict((Loud() if x == 0 else x, x) for x in [0, 3, 3])))
s = {Loud()}
s.update(x for x in [1, 3, 3])
print(len(s))
d = {Loud(): 0}
d.update((x, x) for x in [3, 3])
print(len(d))

# generators delegating with yield from, drained
def leaf(n):
    for i in range(n):
        yield i * 10
    return "r"
def outer():
    yield from range(3)
    r = yield from leaf(3)
    yield r
    yield 99
print(list(outer()), 20 in outer(), any(x == "r" for x in outer()))
print(sum(x for x in outer() if isinstance(x, int)), max(x for x in outer() if x != "r"))
