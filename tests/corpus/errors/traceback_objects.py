# traceback_objects: exc.__traceback__ chains (tb_next, tb_frame, tb_lineno,
# f_code, f_back), their identity as the exception travels outward,
# with_traceback and assignment, sys.exc_info()[2], and the traceback
# module's extract_tb / format_tb / print_tb / walk_tb over them.
import sys
import types
import traceback


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    try:
        return middle(x)
    except ZeroDivisionError as e:
        saved.append(e.__traceback__)
        raise


def describe(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


saved = []
try:
    outer(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb) is types.TracebackType, type(tb.tb_frame) is types.FrameType)
    print(describe(tb))
    print("caught in outer:", describe(saved[0]))
    # the chain seen in outer is the inner part of the final chain
    print(tb.tb_next is saved[0], e.__traceback__ is tb)
    print(sys.exc_info()[2] is tb)
    f = tb.tb_next.tb_next.tb_frame
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name)
    print(f.f_lineno, tb.tb_next.tb_next.tb_next.tb_frame.f_lineno)
    print([ln for fr, ln in traceback.walk_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    print(traceback.extract_tb(tb, limit=2)[-1].name, traceback.extract_tb(tb, limit=-1)[0].name)
    print("".join(traceback.format_tb(tb)), end="")
    print(len(traceback.format_tb(tb.tb_next)))
    traceback.print_tb(tb, limit=1, file=sys.stdout)

print(sys.exc_info())

# errors of the attributes
for bad in (3, "x", [None]):
    try:
        tb.tb_next = bad
    except TypeError as x:
        print(type(x).__name__, x)
try:
    tb.tb_next.tb_next = tb
except ValueError as x:
    print(type(x).__name__, x)
for name in ("tb_lineno", "tb_frame", "tb_lasti"):
    try:
        setattr(tb, name, 1)
    except AttributeError as x:
        print(type(x).__name__, x)
try:
    tb.extra = 1
except AttributeError as x:
    print(type(x).__name__, x)
try:
    tb.tb_frame.f_code = None
except AttributeError as x:
    print(type(x).__name__, x)
try:
    type(tb.tb_frame)()
except TypeError as x:
    print(type(x).__name__, x)

# with_traceback and assignment
e2 = ValueError("v")
print(e2.__traceback__)
print(e2.with_traceback(tb) is e2, e2.__traceback__ is tb)
try:
    raise e2
except ValueError as x:
    print(x.__traceback__.tb_next is tb, describe(x.__traceback__))
    print("".join(traceback.format_exception(x)), end="")
for bad in (5, "tb", tb.tb_frame):
    try:
        e2.__traceback__ = bad
    except TypeError as x:
        print(type(x).__name__, x)
    try:
        e2.with_traceback(bad)
    except TypeError as x:
        print(type(x).__name__, x)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    raise e2.with_traceback(None)
except ValueError as x:
    print(describe(x.__traceback__))

# tb_next may be cut to shorten a chain
short = tb
short.tb_next = None
try:
    raise KeyError("k").with_traceback(short)
except KeyError as x:
    print(describe(x.__traceback__))


# recursion: the chain holds every level
def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return down(n - 1)


try:
    down(6)
except RuntimeError as x:
    chain = describe(x.__traceback__)
    print(len(chain), chain[:2], chain[-1])
    print("".join(traceback.format_tb(x.__traceback__)), end="")


# an exception re-raised from another handler keeps growing its chain
def again(exc):
    raise exc


try:
    try:
        inner(0)
    except ZeroDivisionError as x:
        first = x.__traceback__
        again(x)
except ZeroDivisionError as x:
    print(describe(x.__traceback__))
    print(x.__traceback__.tb_next is not None)


# generators: gi_frame is a frame object too
def gen():
    yield 1
    yield 2


g = gen()
next(g)
print(type(g.gi_frame) is types.FrameType, g.gi_frame.f_lineno, g.gi_frame.f_code.co_name)
for _ in g:
    pass
print(g.gi_frame)

# an exception never raised has no traceback; one raised and caught in the
# same frame has one entry
print(KeyError().__traceback__)
try:
    {}["x"]
except KeyError as x:
    print(describe(x.__traceback__))

# an uncaught error after all this still prints its full report
e3 = LookupError("end")
outer_tb = None
try:
    middle(0)
except ZeroDivisionError as x:
    outer_tb = x.__traceback__
raise e3.with_traceback(outer_tb)
