# Builtins draining generators that raise mid-way, consumers that raise
# (the generator stays suspended), StopIteration inside a generator, the
# generator's own exc_info, and an uncaught error through a drain.
import sys

def boom(n, log):
    try:
        for i in range(n):
            yield i
        raise ValueError("boom at %d" % n)
    finally:
        log.append("closed %d" % n)

def check(name, fn):
    log = []
    try:
        print(name, fn(log))
    except Exception as e:
        print(name, type(e).__name__, e, log)

check("sum", lambda log: sum(boom(4, log)))
check("min", lambda log: min(boom(4, log)))
check("max", lambda log: max(boom(4, log)))
check("any", lambda log: any(x > 9 for x in boom(4, log)))
check("all", lambda log: all(x < 9 for x in boom(4, log)))
check("list", lambda log: list(boom(4, log)))
check("tuple", lambda log: tuple(boom(4, log)))
check("sorted", lambda log: sorted(boom(4, log)))
check("join", lambda log: "".join(str(x) for x in boom(4, log)))
check("set", lambda log: set(boom(4, log)))
check("dict", lambda log: dict((x, x) for x in boom(4, log)))
check("in", lambda log: 9 in boom(4, log))
check("in-found", lambda log: 2 in boom(4, log))
check("any-found", lambda log: any(x == 1 for x in boom(4, log)))

# the consumer raises: the generator is suspended at the failing item
def items():
    yield 1
    yield 2
    yield "three"
    yield 4
    yield 5
g = items()
try:
    sum(g)
except TypeError as e:
    print("sum:", e, next(g), list(g))
g = items()
try:
    "".join(g)
except TypeError as e:
    print("join:", e, list(g))
g = (x for x in [3, 1, [2], 0])
try:
    min(g)
except TypeError as e:
    print("min:", e, list(g))
g = (x for x in [1, 2, [3], 4])
try:
    set(g)
except TypeError as e:
    print("set:", e, list(g))
g = (x for x in [[1, 2], (3, 4), 5, (6, 7)])
try:
    dict(g)
except TypeError as e:
    print("dict:", e, list(g))
class Bad:
    def __bool__(self):
        raise KeyError("bool")
g = (x for x in [0, Bad(), 1])
try:
    any(g)
except KeyError as e:
    print("any:", repr(e), list(g))

# StopIteration raised in a generator becomes RuntimeError
def stops():
    yield 1
    raise StopIteration("inner")
for fn in (sum, list, any, set):
    try:
        fn(stops())
    except RuntimeError as e:
        print(fn.__name__, type(e).__name__, e, repr(e.__cause__))
try:
    sum(next(iter([])) for x in range(3))
except RuntimeError as e:
    print("genexpr", e)

# the generator's exc_info is its own while it runs, the caller's outside
def handling():
    try:
        raise KeyError("inside")
    except KeyError:
        for i in range(3):
            yield repr(sys.exc_info()[1])
try:
    raise IndexError("outside")
except IndexError:
    print(list(handling()), repr(sys.exc_info()[1]))
print(repr(sys.exc_info()[1]))

# errors in nested drains
def inner(k):
    for i in range(k):
        yield 10 // (2 - i)
try:
    print(sum(sum(inner(k)) for k in range(5)))
except ZeroDivisionError as e:
    print("nested:", e)

# uncaught: the traceback goes through the generator frame
def deep(n):
    for i in range(n):
        if i == 3:
            raise OverflowError("deep %d" % i)
        yield i

print(sorted(x * 2 for x in deep(10)))
