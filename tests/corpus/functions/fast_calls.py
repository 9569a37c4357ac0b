# The interpreter's fast call and attribute paths (vm/fastcall*.go): exact
# positional calls of closures, dunders reached from operators, property
# getters, polymorphic attribute caches, builtin-method caches, instances
# with many attributes, and what happens when each assumption breaks.

# closures with cells and free variables, called with exact positional args
def outer(k):
    total = 0
    def add(x, y):
        nonlocal total
        total += x * k + y
        return total
    return add

add = outer(3)
for i in range(5):
    add(i, 1)
print("closure", add(10, 0))

def with_default(a, b=7):
    def inner(c):
        return a + b + c
    return inner(1)
print("defaults", with_default(1), with_default(1, 2))

# an operator reaching Python dunders on two instances of one class
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __sub__(self, o):
        return NotImplemented
    def __mul__(self, o):
        raise ValueError("no mul for %d" % self.x)
    def __repr__(self):
        return "V(%r)" % self.x

a, b = V(1), V(2)
acc = V(0)
for i in range(10):
    acc = acc + a + b
print("dunder", acc)
try:
    a - b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * b
except ValueError as e:
    print(type(e).__name__, e)
acc += a
print("inplace", acc)

class W(V):
    pass
print("subclass", V(5) + W(6), W(1) + W(2))
V.__add__ = lambda self, o: "replaced"
print("replaced", a + b)
del V.__add__
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)

class Deep:
    def __add__(self, o):
        return self + o
try:
    Deep() + Deep()
except RecursionError as e:
    print(type(e).__name__, e)

# properties read through the attribute cache
class P:
    def __init__(self, v):
        self._v = v
    @property
    def v(self):
        return self._v * 2
    @property
    def bad(self):
        raise KeyError("bad getter")

p = P(4)
print("property", sum(p.v for _ in range(3)))
try:
    p.bad
except KeyError as e:
    print(type(e).__name__, e)
P.v = property(lambda self: "new getter")
print("property", p.v)
P.v = 11
print("class attr", p.v)
p.__dict__["v"] = "instance"
print("instance", p.v)

# one call site seeing many classes (more than the cache holds)
class Base:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
classes = [type("C%d" % i, (Base,), {}) for i in range(7)]
objs = [c(i) for i, c in enumerate(classes)] * 3
print("poly", sum(o.get() for o in objs), [o.n for o in objs[:7]])
class Other(Base):
    def get(self):
        return -self.n
objs.append(Other(100))
print("poly", sum(o.get() for o in objs))
o = objs[0]
o.get = lambda: "shadowed"
print("shadow", o.get(), objs[1].get())

# instances with many attributes, set by a base and a subclass __init__
class Task:
    def __init__(self):
        self.a1 = 1; self.a2 = 2; self.a3 = 3; self.a4 = 4; self.a5 = 5
class BigTask(Task):
    def __init__(self):
        Task.__init__(self)
        self.b1 = 6; self.b2 = 7; self.b3 = 8; self.b4 = 9
    def total(self):
        return self.a1 + self.a5 + self.b1 + self.b4
ts = [BigTask() for _ in range(3)]
ts[1].extra = 10
print("attrs", [t.total() for t in ts], sorted(vars(ts[1])))

# builtin methods through the LOADMETHOD cache, receivers of several types
def grow(x, v):
    x.append(v)
    return x
print("builtin", grow([1], 2), grow(bytearray(b"a"), 98))
for recv in ([3, 1, 2], "a b", (1, 2), {"k": 1}, 5):
    try:
        print("count", recv.count(1))
    except AttributeError as e:
        print(type(e).__name__, e)
    except TypeError as e:
        print(type(e).__name__, e)
class MyList(list):
    def append(self, v):
        list.append(self, v * 10)
print("subclass method", grow(MyList([1]), 2))

# keyword and default binding errors keep CPython's messages
def two(a, b):
    return a + b
for args, kw in (((1,), {}), ((1, 2, 3), {}), ((1,), {"c": 2}), ((1,), {"a": 2})):
    try:
        two(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)

# a traceback through a dunder and a property
class T:
    @property
    def boom(self):
        return 1 / 0
    def __add__(self, o):
        return self.boom
T() + T()
