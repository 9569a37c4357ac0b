# random.getstate/setstate: the state tuple, its round trip, version 2
# states, every rejection with CPython's exception and message, and draws
# (in a loop, so in traces with the JIT) from states set at odd positions
# around the twist.
import random

r = random.Random(5)
st = r.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][-1], st[2], st[1][:3])


def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: r.setstate((3, list(st[1]), None)))
t(lambda: r.setstate((3, st[1][:10], None)))
t(lambda: r.setstate((3, st[1][:624] + ("x",), None)))
t(lambda: r.setstate((3, ("x",) + st[1][1:], None)))
t(lambda: r.setstate((3, (-1,) + st[1][1:], None)))
t(lambda: r.setstate((3, (2**64,) + st[1][1:], None)))
t(lambda: r.setstate((3, st[1][:624] + (625,), None)))
t(lambda: r.setstate((3, st[1][:624] + (-1,), None)))
t(lambda: r.setstate((3, st[1][:624] + (2**70,), None)))
t(lambda: r.setstate((4, st[1], None)))
t(lambda: r.setstate((3, st[1])))
t(lambda: r.setstate(5))
t(lambda: r.setstate((2, tuple(x - 2**32 for x in st[1][:624]) + (624,), 0.25)))
print(r.random(), r.gauss(0, 1), r.gauss(0, 1))
t(lambda: r.setstate((2, ("a",) * 625, None)))
t(lambda: r.setstate((3, (1.5,) + st[1][1:], None)))
t(lambda: r.setstate((3, (True,) + st[1][1:], None)))
r.setstate(st)
print(r.random())

random.seed(8)
s8 = random.getstate()
a = [random.random() for _ in range(700)]
random.setstate(s8)
print("module round trip", a == [random.random() for _ in range(700)], random.getstate()[1][-1])
r.gauss(0, 1)
g = r.getstate()
print("gauss kept", g[2] is not None, r.gauss(0, 1) == (r.setstate(g) or r.gauss(0, 1)))

# Draws from every position near the twist, in loops.
for pos in (0, 1, 310, 311, 621, 622, 623, 624):
    random.setstate((3, s8[1][:624] + (pos,), None))
    total = 0.0
    bits = 0
    for i in range(1000):
        total += random.random()
        if i % 3 == 0:
            bits ^= random.getrandbits(32)
    print(pos, "%.15f" % total, bits, random.getstate()[1][-1])
