# A loop run once per phase with a different callee passed in (`run(n,
# f)` calling `f(acc, i)` between two inlined method calls): the trace
# inlines the first callee and guards its code, and every later phase's
# callee must fail that guard (or pass it for the right reason: the same
# code with other cells or defaults). Session 27 made such calls residual
# from the second callee on (reverted: docs/jit.md "Call sites that see a
# new callee each phase"); this program checked that path too.
# The callees: plain functions, closures of one code with different
# cells, functions of one code with different defaults, a lambda, a bound
# method, a builtin, a class, a generator function, a callee that raises
# mid-phase, one that returns other types, one that mutates what the loop
# reads, and one that rebinds a global the loop reads.

SCALE = 3


class Tally:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self.total & 1


def run(n, f, state=None):
    acc = 0
    tally = Tally()
    for i in range(n):
        r = f(acc & 1023, i)
        if r is None:
            acc -= 1
        elif isinstance(r, float):
            acc += round(r)
        elif isinstance(r, int):
            acc += r * SCALE
        else:
            acc += len(str(r))
        if state is not None:
            acc += state[i & 3]
        acc += tally.add(i & 7) + tally.add(acc & 3)
    return acc + tally.total


def add(a, i):
    return a + i


def sub(a, i):
    return i - a


def make_shift(k):
    def shift(a, i):
        return (i >> k) + a
    return shift


def make_default(k):
    def with_default(a, i, k=k):
        return i * k - a
    return with_default


class Counter:
    def __init__(self, step):
        self.step = step
        self.calls = 0

    def tick(self, a, i):
        self.calls += 1
        return a ^ (i * self.step)


class Pair:
    def __init__(self, a, i):
        self.a = a
        self.i = i

    def __str__(self):
        return "P%d" % (self.a + self.i)


def gen(a, i):
    yield a
    yield i


def raises_late(a, i):
    if i == 2500:
        raise ValueError("phase broke at %d" % i)
    return a + 1


def mixed(a, i):
    if i % 3 == 0:
        return i / 7
    if i % 3 == 1:
        return None
    return "s" * (i % 5)


shared = [1, 2, 3, 4]


def mutate(a, i):
    if i % 500 == 0:
        shared[i % 4] += 1
    return a & 7


def rebind_scale(a, i):
    global SCALE
    if i == 1500:
        SCALE = 5
    return 1


N = 15000
print("add", run(N, add))
print("sub", run(N, sub))
print("add again", run(N, add))
print("shift 1", run(N, make_shift(1)))
print("shift 4", run(N, make_shift(4)))
print("default 2", run(N, make_default(2)))
print("default 9", run(N, make_default(9)))
print("lambda", run(N, lambda a, i: a * 2 - i))
k = 6
print("lambda closure", run(N, lambda a, i: (a + k) % 97))
c = Counter(5)
print("bound method", run(N, c.tick), c.calls)
print("builtin max", run(N, max))
print("builtin min", run(N, min))
print("class", run(N, Pair))
print("generator function", run(N, gen))
try:
    print("raises", run(N, raises_late))
except ValueError as e:
    print("ValueError", e)
print("mixed", run(N, mixed))
print("mutate", run(N, mutate, shared), shared)
print("rebind global", run(N, rebind_scale), SCALE)
SCALE = 3
print("add last", run(N, add))
print("many short phases", [run(40, f) for f in (add, sub, make_shift(2), make_default(3), max) * 20][-5:])
