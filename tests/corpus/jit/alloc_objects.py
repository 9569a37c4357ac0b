# Instances made in traced loops (session 14): small value objects made
# and dropped per iteration (sunk), made and kept in other objects and in
# lists (allocated in the trace), an outer loop whose inner loop keeps
# more new objects than its recording can simulate, enough allocation to
# make the collector run while the traces do, loads of loop-invariant
# objects while the loop allocates objects of another class with fields
# at the same offsets (and one of them changed through another name),
# __init__ with side effects and with a guard failing inside it, classes
# with __slots__ and with __del__, and a class attribute replaced
# mid-loop. Run it with HOTLOOP_GCSTRESS=1 too.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)


class Body:
    def __init__(self, i):
        self.pos = Vec(float(i % 7), float(i % 5))
        self.vel = Vec(0.25 * (i % 3), -0.5)
        self.hits = 0

    def step(self, dt, center):
        d = center - self.pos
        self.vel = self.vel + d.scale(0.01 * dt)
        self.pos = self.pos + self.vel.scale(dt)
        if self.pos.x * self.pos.x + self.pos.y * self.pos.y > 50.0:
            self.hits += 1
            self.vel = self.vel.scale(-0.5)


def simulate(nb, steps):
    bodies = [Body(i) for i in range(nb)]
    center = Vec(3.0, 2.0)
    for t in range(steps):
        for b in bodies:
            b.step(0.1, center)
    e = 0.0
    h = 0
    for b in bodies:
        e += b.vel.x * b.vel.x + b.vel.y * b.vel.y + b.pos.x
        h += b.hits
    return "%.6f %d %.3f %.3f" % (e, h, center.x, center.y)


print("few bodies", simulate(12, 200))
print("many bodies", simulate(700, 4))


def churn(n, keep):
    # 100-byte-class objects, most dropped soon after: the collector runs
    # while the trace is between iterations.
    ring = [None] * keep
    acc = Vec(0.0, 0.0)
    for i in range(n):
        v = Vec(float(i), float(i % 13))
        ring[i % keep] = v
        acc = acc + v.scale(0.5)
    live = [r.x for r in ring if r is not None]
    return acc.x, acc.y, len(live), min(live), max(live)


print("churn", churn(20000, 64))


def alias_updates(n):
    c = Vec(1.0, 2.0)
    pair = [c, Vec(0.0, 0.0)]
    out = []
    for i in range(n):
        v = Vec(c.x, c.y)
        out.append(v)
        pair[i % 2].x += 1.0
        pair[(i + 1) % 2].y -= 0.5
    return c.x, c.y, out[-1].x, out[n // 2].y, sum(o.x for o in out)


print("alias", alias_updates(3000))


def invariant_other_class(n):
    # b is loop-invariant and not a Vec; the loop makes Vecs and Bodies.
    b = Body(3)
    made = []
    t = 0.0
    for i in range(n):
        p = Vec(b.pos.x + i, b.vel.y)
        q = Body(i)
        q.pos = p
        made.append(q)
        t += q.pos.x + b.pos.y
        if i == n - 10:
            b.pos = Vec(-1.0, -2.0)
    return t, made[-1].pos.x, made[0].pos.y, b.pos.y


print("invariant", invariant_other_class(2000))

log = []


class Tracked:
    __slots__ = ("k", "sq")

    def __init__(self, k):
        log.append(k)
        self.k = k
        self.sq = k * k


def tracked(n):
    s = 0
    for i in range(n):
        k = i if i < n - 3 else float(i)
        t = Tracked(k)
        s += t.sq - t.k
    return s, len(log), log[-4:]


print("tracked", tracked(3000))


class Mortal:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        pass


class SlotMortal:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __del__(self):
        pass


def with_del(n):
    keep = []
    s = 0
    for i in range(n):
        m = Mortal(i)
        sm = SlotMortal(m.v * 2)
        s += m.v + sm.v
        if i % 500 == 0:
            keep.append(sm)
    return s, [k.v for k in keep]


print("del", with_del(4000))


class Step:
    size = 1

    def __init__(self, v):
        self.v = v

    def next(self):
        return Step(self.v + self.size)


def class_attr_replaced(n):
    s = Step(0)
    marks = []
    for i in range(n):
        s = s.next()
        if i == n // 2:
            Step.size = 7
            marks.append(s.v)
    Step.size = 1
    marks.append(s.v)
    return marks


print("class attr", class_attr_replaced(3000))


def bad_init(n):
    out = []
    for i in range(n):
        try:
            v = Vec(i, 1.0 / (n - 1 - i))
        except ZeroDivisionError as e:
            out.append((type(e).__name__, str(e)))
            continue
        out.append(v.x)
    return len(out), out[-1], out[-2]


print("bad init", bad_init(2500))


class Pt:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Pt(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
pts = [Pt(i, -i) for i in range(2000)]
print(sum(q.x * q.y for q in pts))
pts[5].w = 1
