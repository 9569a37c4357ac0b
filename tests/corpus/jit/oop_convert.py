# int(x) and float(x) of numbers inside traced loops (the conversions are
# computed in the trace; what the interpreter raises or turns into a big
# int leaves it): float of ints up to and beyond 2**53, int of floats
# truncating toward zero, NaN and infinities mid-loop, a float beyond
# int64, and the types' other calls left to the interpreter.


class Particle:
    __slots__ = ("pos", "w")

    def __init__(self, i):
        self.pos = float(i % 17)
        self.w = int(i * 0.75)


def build(n):
    t = 0.0
    for i in range(n):
        p = Particle(i)
        t += p.pos + p.w
    return t


print(build(3000))


def mixed(n):
    t = 0.0
    u = 0
    for i in range(n):
        t += float(i % 17) + float(0.5)
        u += int(t / 3) + int(i) + int(-2.7)
        if i == 2500:
            t = 2.0**70
    return t, u


print(mixed(3000))


def edges(n):
    out = []
    for i in range(n):
        x = 1e10 * (1e300 if i == 2000 else 1.0)
        try:
            out.append(int(x) % 7)
        except OverflowError as e:
            out.append(str(e))
        y = 3.5 if i != 2200 else float("nan")
        try:
            out.append(int(y))
        except ValueError as e:
            out.append(str(e))
        z = i if i != 2400 else 2**53 + 1
        out.append(float(z) % 10)
        if i == 2600:
            out.append(int(2.0**63))
    return out[5999:6004], out[6599:6604], out[7199:7204], out[7799:7805], len(out)


print(edges(3000))


def others(n):
    t = 0
    for i in range(n):
        t += int("12") + int(True) + int(7.9 if i % 2 else 2)
        t += float("1.5") > 1
    return t


print(others(3000))
print(int(float("inf")))
