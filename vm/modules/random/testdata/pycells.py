# pycells.py prints CPython's random() and getrandbits(32) around the
# twist, for cells_test.go: one line per scenario, floats as float.hex().
import random


def out(vals):
    print(" ".join(v.hex() if isinstance(v, float) else str(v) for v in vals))


r = random.Random(12345)
out([r.random() for _ in range(1300)])
for pos in (0, 1, 311, 622, 623, 624):
    r = random.Random(5)
    st = r.getstate()
    r.setstate((3, st[1][:624] + (pos,), None))
    out([r.random() for _ in range(3)] + [r.getrandbits(32) for _ in range(2)] + [r.random()])
