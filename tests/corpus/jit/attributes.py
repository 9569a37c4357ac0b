# Attribute loads and stores on instances inside traced loops, and the
# ways their assumptions break mid-loop: shapes changing (attributes added
# and deleted), class attributes and methods replaced, another class's
# instance appearing, __class__ reassigned, values changing type, and
# classes the JIT does not model (__slots__, properties, __getattr__,
# instances in dict mode), which must still behave exactly.

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y


def sum_xy(points):
    s = 0
    for p in points:
        s += p.x * 10 + p.y + p.dims
    return s


pts = [Point(i, -i) for i in range(500)]
print(sum_xy(pts))

# an attribute added to one instance mid-list (its shape changes)
pts[300].z = 1
print(sum_xy(pts))

# an attribute deleted from one instance (dict mode), then another missing
del pts[300].z
del pts[200].y
try:
    print(sum_xy(pts))
except AttributeError as e:
    print(type(e).__name__, e)
pts[200].y = 0
print(sum_xy(pts))


# an instance of another class with the same attribute names
class Other:
    dims = 5

    def __init__(self, x, y):
        self.y = y
        self.x = x


pts[450] = Other(1, 1)
print(sum_xy(pts))

# a class attribute replaced between runs and during a run
Point.dims = 3
print(sum_xy(pts))


def counting(points, n):
    s = 0
    for k in range(n):
        p = points[k % len(points)]
        s += p.dims
        if k == 700:
            Point.dims = 100
    return s


print(counting(pts, 1500))


# stores: counters on instances
class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0


c = Counter()
for i in range(3000):
    c.n += 1
    c.total = c.total + i
print(c.n, c.total)

# an attribute changing type mid-loop
c.total = 0
for i in range(3000):
    c.total += i
    if i == 1500:
        c.total = c.total * 0.5
print(c.total)

# int overflow of an attribute
c.n = 2**62
for i in range(2000):
    c.n += 2**50
print(c.n)

# __class__ reassigned mid-loop
class A:
    def __init__(self):
        self.v = 1


class B:
    pass


objs = [A() for _ in range(1000)]
s = 0
for i, o in enumerate(objs):
    s += o.v
for i in range(1000):
    o = objs[i]
    s += o.v
    if i == 600:
        objs[700].__class__ = B
print(s)


# __slots__, properties, __getattr__: not traced, same results
class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = 2


class Prop:
    def __init__(self):
        self._v = 3

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, x):
        self._v = x


class Dyn:
    def __getattr__(self, name):
        return len(name)


sl, pr, dy = Slotted(), Prop(), Dyn()
t = 0
for i in range(2000):
    sl.a += sl.b
    pr.v = i
    t += pr.v + dy.abc + dy.hello
print(sl.a, pr.v, pr._v, t)
try:
    for i in range(2000):
        if i == 1500:
            sl.c = 1
except AttributeError as e:
    print(type(e).__name__, e)


# an instance with many attributes (outgrows its slots: dict mode)
class Wide:
    def __init__(self):
        self.a, self.b, self.c, self.d, self.e, self.f = 1, 2, 3, 4, 5, 6


w = Wide()
for i in range(2000):
    w.f += w.a
print(w.f)

# a property added to the class mid-loop shadows the instance attribute
p = Point(1, 2)
t = 0
for i in range(2000):
    t += p.x
    if i == 1000:
        Point.x = property(lambda self: 1000)
print(t)
del Point.x

# a data attribute added to an instance after its class attribute was read
q = Point(0, 0)
t = 0
for i in range(2000):
    t += q.dims
    if i == 999:
        q.dims = 7
print(t)
# a missing attribute raises inside the loop
try:
    for i in range(2000):
        t += q.x
        if i == 1800:
            del q.x
except AttributeError as e:
    print(type(e).__name__, e, i)
print(Point(1, 2).nope)
