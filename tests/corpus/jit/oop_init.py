# Class calls inside traced loops (the instance allocated in the trace,
# __init__ inlined on it): value objects created and dropped per
# iteration, objects escaping into a list and into other objects,
# classes with and without __slots__, __init__ raising mid-loop,
# __init__ returning a value, __init__ replaced and the class rebound
# mid-loop, a base class's __init__ called through the class and through
# super(), instances whose attributes depend on the arguments (other
# shapes), more attributes than the class's first guess (dict mode), and
# classes the trace does not create itself (__new__, a metaclass).


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def dropped(n):
    t = 0
    for i in range(n):
        p = P(i, i + 1)
        q = Q(p.y, p.x)
        t += q.norm1() + p.x
    return t


print(dropped(3000))


def escaping(n):
    out = []
    keep = Q(0, 0)
    for i in range(n):
        p = P(i % 7, i % 11)
        if i % 500 == 0:
            out.append(p)
        keep.x = Q(p, i)
    return [(p.x, p.y) for p in out], keep.x.y, keep.x.x.x


print(escaping(3000))


class Checked:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v


def raising(n):
    made = []
    for i in range(n):
        try:
            c = Checked(i if i % 1000 != 999 else -i)
        except ValueError as e:
            made.append(str(e))
            continue
        made.append(c.v) if i % 700 == 0 else None
    return made


print(raising(3000))


class Bad:
    def __init__(self, v):
        self.v = v
        if v == 2500:
            return v


def returning(n):
    t = 0
    try:
        for i in range(n):
            t += Bad(i).v
    except TypeError as e:
        print("TypeError", e)
    return t


print(returning(3000))


class R:
    def __init__(self, a):
        self.a = a


def replaced(n):
    t = 0
    for i in range(n):
        t += R(i).a
        if i == 2000:
            def init(self, a):
                self.a = -a
            R.__init__ = init
    return t


print(replaced(3000))


class S1:
    def __init__(self, a):
        self.a = a


class S2:
    def __init__(self, a):
        self.a = a * 2


def rebound(n):
    global S1
    t = 0
    for i in range(n):
        t += S1(i).a
        if i == 2000:
            S1 = S2
    return t


print(rebound(3000))


class Shape:
    def __init__(self, a, b):
        self.a = a
        if b:
            self.b = b
        self.c = a + 1


def shapes(n):
    t = 0
    for i in range(n):
        s = Shape(i, i % 2000 == 1999)
        t += s.c + (s.b if hasattr(s, "b") else 0)
    return t


print(shapes(3000))


class Big:
    def __init__(self, v):
        self.a = v
        self.b = v + 1
        self.c = v + 2
        self.d = v + 3
        self.e = v + 4
        self.f = v + 5


def big(n):
    t = 0
    for i in range(n):
        o = Big(i)
        t += o.a + o.f
    return t


print(big(3000))


class New:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.w = v * 3
        return o

    def __init__(self, v):
        self.v = v


class Meta(type):
    def __call__(cls, *args):
        o = super().__call__(*args)
        o.tagged = True
        return o


class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v


def special(n):
    t = 0
    for i in range(n):
        a = New(i)
        b = M(i)
        t += a.v + a.w + b.v + b.tagged
    return t


print(special(3000))


class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.nxt = nxt


def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    t = 0
    while head is not None:
        t += head.v
        head = head.nxt
    return t


print(chain(3000))


class Kw:
    def __init__(self, a, b=5):
        self.a = a
        self.b = b


def kwargs(n):
    t = 0
    for i in range(n):
        k = Kw(i) if i % 2 else Kw(i, b=i)
        t += k.a + k.b
    return t


print(kwargs(3000))

class Base:
    def __init__(self, a):
        self.a = a

    def twice(self):
        return 2 * self.a


class Derived(Base):
    def __init__(self, a, b):
        Base.__init__(self, a)
        self.b = b

    def twice(self):
        return Base.twice(self) + self.b


# a base class's __init__ and method called through the class, then
# replaced mid-loop
def hierarchy(n):
    t = 0
    for i in range(n):
        d = Derived(i, 1)
        t += d.twice() + d.a
        if i == 2000:
            def init(self, a):
                self.a = a + 1000
            Base.__init__ = init
    return t


print(hierarchy(3000))

class Shape2:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.w * self.w


class Rect(Shape2):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return super().area() // self.w * self.h


class Square(Rect):
    def __init__(self, w):
        super().__init__(w, w)


# super() in __init__ and methods, two levels, a base method replaced
# mid-loop, and an instance of another subclass
def supers(n):
    t = 0
    for i in range(1, n):
        r = Rect(i, 2) if i % 1000 != 999 else Square(i)
        t += r.area() + Square(3).area()
        if i == 2000:
            Shape2.area = lambda self: self.w
    return t


print(supers(3000))

# wrong argument counts: CPython's messages
for args in ((), (1, 2, 3)):
    try:
        P(*args)
    except TypeError as e:
        print("TypeError", e)
Checked(-1)
