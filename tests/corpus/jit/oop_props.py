# Properties inside traced loops (the getter inlined): on classes with
# and without __slots__, a property replaced by another or by a plain
# attribute mid-loop, a getter that raises mid-loop, properties with
# setters (the store is not traced, the load is), a property of an
# instance the loop just created, a property of a subclass overriding the
# base's, and a property without a getter.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def swapped(self):
        return V(self.y, self.x)


class T:
    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        if v < 0:
            raise ValueError("negative")
        self._c = v

    @property
    def f(self):
        return self._c * 1.8 + 32


def norms(n):
    t = 0
    vs = [V(i % 5, i % 3) for i in range(10)]
    for i in range(n):
        v = vs[i % 10]
        t += v.norm2 + v.swapped.x + V(i, 1).norm2 % 7
    return t


print(norms(3000))


def temps(n):
    t = T(0)
    acc = 0.0
    for i in range(n):
        t.c = i % 100
        acc += t.f + t.c
    try:
        t.c = -1
    except ValueError as e:
        print("ValueError", e)
    return acc


print(temps(3000))


def replaced(n):
    v = V(3, 4)
    t = 0
    for i in range(n):
        t += v.norm2
        if i == 1500:
            V.norm2 = property(lambda self: -1)
        if i == 2500:
            V.norm2 = 100
    return t


print(replaced(3000))


class Fragile:
    def __init__(self):
        self.n = 0

    @property
    def value(self):
        if self.n > 2000:
            raise RuntimeError("broken at %d" % self.n)
        return self.n * 2


def fragile(n):
    f = Fragile()
    t = 0
    try:
        for i in range(n):
            f.n = i
            t += f.value
    except RuntimeError as e:
        print("RuntimeError", e, t)
    return t


print(fragile(3000))


class Base:
    def __init__(self, v):
        self.v = v

    @property
    def p(self):
        return self.v


class Sub(Base):
    @property
    def p(self):
        return -self.v


def subs(n):
    objs = [Base(1)] * 5 + [Sub(1)]
    t = 0
    for i in range(n):
        t += objs[i % 6 if i > 2000 else 0].p
    return t


print(subs(3000))


class Shadow:
    def __init__(self):
        self.__dict__["p"] = "instance"

    @property
    def p(self):
        return "property"


def shadow(n):
    s = Shadow()
    c = 0
    for i in range(n):
        c += s.p == "property"
    return c


print(shadow(3000))


class NoGet:
    p = property(None, lambda self, v: None)


def noget(n):
    o = NoGet()
    t = 0
    for i in range(n):
        t += i
        if i == 2500:
            try:
                t += o.p
            except AttributeError as e:
                print("AttributeError")
    return t


print(noget(3000))
print(V(1, 2).swapped.norm2)
