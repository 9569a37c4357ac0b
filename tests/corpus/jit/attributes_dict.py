# Attributes of instances in dict mode (too many attributes for their
# slots, a deleted attribute, __dict__ taken) and of __slots__ instances
# inside traced loops: entries in different places in different
# instances' dicts, dicts resized and entries deleted mid-loop, stores in
# inlined methods, and __slots__ instances losing an attribute mid-loop.

class Wide:
    def __init__(self, k):
        self.a = k
        self.b = 2
        self.c = 3
        self.d = 4
        self.e = 5
        self.f = 6

    def bump(self, i):
        self.f = self.f + i
        self.a = self.a * 1
        return self.f % 7


w = Wide(1)
for i in range(3000):
    w.f += w.a
print(w.f)

# instances whose dicts hold the names at other entries
ws = [Wide(i) for i in range(600)]
ws[100].__dict__.clear()
ws[100].f = 1
ws[100].a = 2
for k in range(200, 210):
    ws[k].__dict__.pop("a")
    ws[k].a = 9
t = 0
for o in ws:
    t += o.a + o.f
print(t)

# stores through an inlined method, with exits after the stores
t = 0
for i in range(3000):
    t += w.bump(i)
    if i == 2000:
        w.a = 1.0
print(t, w.f, w.a)

# many attributes added mid-loop: the dict is resized under the trace
t = 0
for i in range(3000):
    t += w.f
    if i % 500 == 0:
        setattr(w, "extra%d" % i, i)
        for j in range(20):
            setattr(w, "more%d_%d" % (i, j), j)
print(t, len(w.__dict__))

# the attribute deleted mid-loop
try:
    for i in range(3000):
        t += w.f
        if i == 2222:
            del w.f
except AttributeError as e:
    print(type(e).__name__, e, i)


# __dict__ taken mid-loop from an instance in slot mode
class Small:
    def __init__(self):
        self.v = 1


s = Small()
t = 0
for i in range(3000):
    t += s.v
    if i == 1000:
        s.__dict__["v"] = 5
    if i == 2000:
        vars(s)["w"] = 0
print(t)


# __slots__
class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 0

    def step(self):
        self.y = self.y + self.x
        return self.y


ss = [Slotted(i) for i in range(500)]
t = 0
for o in ss:
    t += o.step() + o.x
print(t)
del ss[250].y
try:
    for o in ss:
        t += o.y
except AttributeError as e:
    print(type(e).__name__, e, t)
try:
    for i in range(2000):
        ss[0].x = i
        if i == 1999:
            ss[0].z = i
except AttributeError as e:
    print(type(e).__name__, e, ss[0].x)
print(w.f)
