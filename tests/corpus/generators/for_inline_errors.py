# Generators driven by for loops: exceptions raised mid-iteration, PEP 479,
# return values, exception state seen inside and outside the generator,
# gi_running / gi_frame / gi_suspended while a for loop drives it.
import sys


def raising(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad item %d" % i)
        yield i


got = []
try:
    for x in raising(10):
        got.append(x)
except ValueError as e:
    print("caught", type(e).__name__, e, got)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    for x in stops():
        print("stops got", x)
except RuntimeError as e:
    print("pep479", type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)


def returns():
    yield "a"
    yield "b"
    return "done"


for x in returns():
    print("returns got", x)
else:
    print("for-else after return")


def watcher():
    g = yield "start"
    print("sent into generator:", g)
    yield sys.exc_info()[0]
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    for x in watcher():
        print("watcher", x, "outer sees", sys.exc_info()[0].__name__)
print("after", sys.exc_info()[0])
for x in watcher():
    print("watcher2", x, "outside", sys.exc_info()[0])


def introspect():
    me = yield "first"
    yield "second"


g = introspect()
for x in g:
    print(x, "running", g.gi_running, "suspended", g.gi_suspended, "line", g.gi_frame.f_lineno)
print("done", g.gi_running, g.gi_suspended, g.gi_frame)


def selfref():
    yield gen_self.gi_running
    try:
        next(gen_self)
    except ValueError as e:
        yield str(e)


gen_self = selfref()
for x in gen_self:
    print("selfref", x)


# A generator half consumed by a for loop, then by next(), then by for again.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        i += 1
    return "counted"


c = counter(10)
for x in c:
    print("c", x)
    if x == 2:
        break
print("next", next(c))
print("send", c.send(6))
for x in c:
    print("c again", x)
try:
    next(c)
except StopIteration as e:
    print("exhausted", e.value)


# Generators nested in try/finally with the consumer raising.
def guarded(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")


log = []
try:
    for x in guarded(log):
        raise TypeError("consumer fails at %d" % x)
except TypeError as e:
    print("consumer", e, log)


# The uncaught case: traceback lines through the generator frame.
def deep(n):
    yield n
    yield from_inner(n)


def from_inner(n):
    return 1 // (n - n)


def outer():
    total = 0
    for v in deep(5):
        total += v
    return total


outer()
