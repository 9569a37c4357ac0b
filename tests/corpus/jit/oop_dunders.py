# Operator dunders of Python classes inside traced loops (recorded as
# inlined calls of __add__, __sub__, __mul__, __lt__, __eq__, __neg__,
# __iadd__, and __radd__... with a number on the left): dunders returning NotImplemented (the reflected method of
# the other operand, then CPython's TypeError), a dunder replaced on the
# class mid-loop, an instance of a subclass appearing mid-loop, a right
# operand changing type, and a dunder that raises.


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return NotImplemented
        return V(self.x * k, self.y * k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __lt__(self, o):
        return self.x * self.x + self.y * self.y < o.x * o.x + o.y * o.y

    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x == o.x and self.y == o.y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def walk(n):
    p = V(0, 0)
    step = V(1, 2)
    for i in range(n):
        p = p + step
        p = p - V(0, 1)
    return p


print(walk(3000))


def scaled(n):
    acc = V(0.0, 0.0)
    for i in range(n):
        acc = acc + V(1.0, 0.5) * (i % 4)
        acc = -acc
    return acc


print(scaled(3000))


def less(n):
    a, b = V(3, 4), V(1, 1)
    c = 0
    for i in range(n):
        if b < a:
            c += 1
        b = b + V(0, i % 2)
    return c, b


print(less(3000))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return Num(o * 1000 + self.v)


class Other:
    def __radd__(self, o):
        return "Other.__radd__"


# NotImplemented mid-loop: the reflected method of the right operand, then
# a TypeError with CPython's message
def adds(n, bad):
    t = Num(0)
    out = []
    for i in range(n):
        x = i if i != n - 10 else bad
        try:
            r = t + x
        except TypeError as e:
            out.append(str(e))
            continue
        if isinstance(r, Num):
            t = r
        else:
            out.append(r)
    return t.v, out


print(adds(3000, Other()))
print(adds(3000, 2.5))
print(adds(3000, "s"))


# __eq__ returning NotImplemented for a non-V: identity decides
def eqs(n):
    a = V(1, 2)
    c = 0
    for i in range(n):
        if a == V(1, i % 3):
            c += 1
        if i == n - 5:
            c += (a == 7) * 100
    return c


print(eqs(3000))


# __add__ replaced on the class mid-loop, then restored
def replaced(n):
    p = V(0, 0)
    one = V(1, 1)
    old = V.__add__
    for i in range(n):
        p = p + one
        if i == 2000:
            V.__add__ = lambda self, o: V(self.x + 10 * o.x, self.y)
        if i == 2500:
            V.__add__ = old
    return p


print(replaced(3000))


class W(V):
    __slots__ = ()

    def __sub__(self, o):
        return W(self.x - 2 * o.x, self.y)

    def __rsub__(self, o):
        return "W.__rsub__"


# an instance of a subclass on either side mid-loop (its __rsub__ goes
# first when it is on the right)
def subs(n):
    p = V(0, 0)
    out = []
    for i in range(n):
        q = V(1, 1) if i % 1000 != 999 else W(1, 1)
        r = p - q
        if isinstance(r, V):
            p = r
        else:
            out.append(r)
        if i == 2000:
            p = W(p.x, p.y)
    return p, type(p).__name__, out


print(subs(3000))


class Acc:
    def __init__(self):
        self.n = 0

    def __iadd__(self, k):
        self.n = self.n + k
        if self.n > 10**6:
            raise OverflowError("too big")
        return self


# __iadd__ storing into the instance, then raising mid-loop: the store
# happens once
def iadds(n):
    a = Acc()
    b = a
    try:
        for i in range(n):
            a += i
    except OverflowError as e:
        print("OverflowError", e, a.n, a is b)
    return a.n


print(iadds(3000))


class Sized:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Sized(self.n + o.n)


def grow(n):
    s = Sized(1)
    for i in range(n):
        s = s + Sized(2 if i < 2500 else 2**62)
    return s.n


try:
    print(grow(3000))
except Exception as e:
    print(type(e).__name__, e)

class S:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __rmul__(self, k):
        return S(self.v * k)

    def __radd__(self, k):
        if k == 100:
            return NotImplemented
        return S(self.v + k)

    def __rsub__(self, k):
        return k - self.v


# a number on the left: the instance's reflected method (NotImplemented
# from it, then the TypeError), and the method replaced mid-loop
def reflected(n):
    s = S(1)
    t = 0
    out = []
    for i in range(n):
        s = 2 * s if i % 50 == 0 else 1.5 * s
        s = S(s.v % 1000)
        t += (i % 20) - s + (2.5 - s)
        try:
            s = (i % 20 if i != 2500 else 100) + s
        except TypeError as e:
            out.append(str(e))
        if i == 2700:
            S.__rmul__ = lambda self, k: S(-1)
    return s.v, t, out


print(reflected(3000))

# the error of an operator the class does not define
print(walk(5))
v = V(1, 2)
print(v * V(1, 1))
