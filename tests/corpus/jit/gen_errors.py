# Generators whose for loops run in traces, meeting errors: an exception
# raised inside the generator's body mid-loop (caught, and at the end
# uncaught, for the traceback), StopIteration raised inside (PEP 479),
# close() and send() in the middle of a loop, try/finally and with blocks
# in the generator body, a generator that iterates over itself.


def divide_all(xs, d):
    for x in xs:
        yield x // d[x % len(d)]


def total(g):
    t = 0
    for v in g:
        t += v
    return t


try:
    total(divide_all(range(5000), [1, 2, 3, 4, 5, 6, 7, 0] if False else [1, 2, 3]))
    print("ok", total(divide_all(range(5000), [1, 2, 3])))
    total(divide_all(range(5000), [1, 2, 3, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def late_error(n):
    for i in range(n):
        if i == n - 10:
            raise ValueError("late " + str(i))
        yield i


try:
    print(total(late_error(4000)))
except ValueError as e:
    print(type(e).__name__, e)


def inner_stop(n):
    i = 0
    while True:
        if i == n:
            raise StopIteration
        yield i
        i += 1


try:
    total(inner_stop(3000))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1


g = counter(10 ** 6)
t = 0
for v in g:
    t += v
    if v == 2000:
        print("send", g.send(5000))
    if v >= 7000:
        g.close()
print("after close", t, v)
try:
    next(g)
except StopIteration:
    print("closed: StopIteration")


def guarded(n, log):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("finally " + str(n))


log = []
t = 0
for v in guarded(3000, log):
    t += v
print("finally gen", t, log)
g = guarded(5000, log)
for v in g:
    if v == 2500:
        break
g.close()
print("closed early", v, log)


class Ctx:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("enter")
        return self

    def __exit__(self, *a):
        self.log.append("exit")
        return False


def with_gen(n, log):
    with Ctx(log):
        i = 0
        while i < n:
            yield i * 2
            i += 1


log = []
print("with gen", total(with_gen(4000, log)), log)


def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError", e)


def yields_then_fails(n):
    i = 0
    while True:
        yield i
        i += 1
        if i > n:
            yield 1 // (i - i)


print(total(yields_then_fails(6000)))
