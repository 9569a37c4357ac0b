# Guards failing while objects the trace allocated are live: the exit
# must rebuild them (their attributes as of the guard) in the
# interpreter's registers, inside and after inlined __init__ and dunder
# calls, and objects the trace allocated that were dropped by an exit must
# not be seen.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)


class D:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def overflow_after(n):
    t = 0
    last = None
    for i in range(n):
        q = D(i, 2**62 if i == 2500 else i)
        r = q.y + q.y
        t += r
        if i == 2500:
            last = q
    return t, last.x, last.y, type(last).__name__


print(overflow_after(3000))


def overflow_inside(n):
    acc = P(0, 0)
    step = P(1, 1)
    for i in range(n):
        if i == 2000:
            step = P(1, 2**62)
        acc = acc + step
    return acc.x, acc.y


print(overflow_inside(3000))


def type_change(n):
    pts = []
    for i in range(n):
        p = D(i, i * 0.5 if i < 2000 else str(i))
        pts.append(p)
    return len(pts), pts[1999].y, pts[2000].y, pts[-1].x


print(type_change(3000))


class Counter:
    made = 0

    def __init__(self, v):
        Counter.made = Counter.made + 1
        self.v = v


def counted(n):
    t = 0
    for i in range(n):
        c = Counter(i)
        t += c.v
    return t, Counter.made


print(counted(3000))


def nested(n):
    out = []
    for i in range(n):
        d = D(P(i, -i), D(i, 0.5))
        if i % 1000 == 0:
            out.append(d)
        if d.x.x + d.y.x != 2 * i:
            out.append("bad")
    return [(o.x.x, o.x.y, o.y.x, o.y.y) for o in out]


print(nested(3000))
