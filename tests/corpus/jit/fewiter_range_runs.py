# Range and tuple loops whose runs are short and entered once per call (no
# loop around them in their frame): the payoff rule prices them by their
# length per run and leaves them to the interpreter. Then their behaviour
# changes: the runs grow long, the values they add turn float, str and a
# class with __add__, the tuple grows, and a run breaks early; the output
# must stay CPython's whatever the JIT decided for them.


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


ctx = Ctx()


def fill(buf, k, n, step):
    for i in range(n):
        k = (k * 31 + i * step) & 1023
        buf[i & 3] = k
    return k


def add_all(acc, items):
    for v in items:
        acc = acc + v
    return acc


def first_big(n, limit):
    for i in range(2, n):
        if i * i > limit:
            return i
    return -1


class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.c + other.c)
        return Money(self.c + int(other * 100))

    def __repr__(self):
        return f"Money({self.c})"


def phase(rounds, n, step):
    buf = [0] * 4
    k = t = 0
    r = rounds
    while r > 0:
        with ctx:  # the while loop gets no trace: each call enters fill's loop anew
            t += 1
        k = fill(buf, k, n, step) ^ (r & 7)
        t += buf[r & 3]
        r -= 1
    return t, k, buf


def queens(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        if cols >> c & 1 or d1 >> (row + c) & 1 or d2 >> (row - c + n) & 1:
            continue
        count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n))
    return count


print("short", phase(30000, 4, 1))
print("long", phase(300, 300, 3))
print("short again", phase(20000, 3, 5))
print("queens", [queens(n) for n in range(1, 9)])

tot = 0
for r in range(20000):
    tot = add_all(tot, (1, 2, r & 3))
print("ints", tot)
ftot = 0.0
for r in range(6000):
    ftot = add_all(ftot, (0.5, 0.25, r & 1))
print("floats", ftot)
s = ""
for r in range(3000):
    s = add_all("", ("a", "b", str(r % 10)))
print("strs", s, len(s))
m = Money(0)
for r in range(2000):
    m = add_all(m, (Money(1), 0.25, 2))
print("money", m)
grow = (1,)
g = 0
for r in range(4000):
    if r % 1000 == 999:
        grow = grow + tuple(range(len(grow), len(grow) * 3))
    g = add_all(g, grow)
print("grow", g, len(grow))

hits = [first_big(10, v) for v in range(0, 3000, 7)]
hits += [first_big(400, v * v) for v in range(0, 300)]
print("first_big", sum(hits), hits[:5], hits[-5:])
