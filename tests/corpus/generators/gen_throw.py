# generator.throw: every argument form, errors, handlers inside the generator
def counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  counter caught", repr(e))
            n = -100
        n += 1

g = counter()
print(next(g), next(g))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError))
print(g.throw(ValueError, "text"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("inst")))
print(g.throw(ValueError, None, None))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("escaped", repr(e))
print(g.gi_frame, g.gi_running, g.gi_suspended)
try:
    next(g)
except StopIteration:
    print("finished")
try:
    g.throw(IndexError("after end"))
except IndexError as e:
    print("thrown into finished:", e)

def fresh():
    try:
        yield 1
    finally:
        print("  never printed")
f = fresh()
try:
    f.throw(TypeError("before start"))
except TypeError as e:
    print("created:", e, f.gi_frame)

def stopper():
    yield 1
s = stopper(); next(s)
try:
    s.throw(StopIteration("x"))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

h = counter(); next(h)
for bad in [(1,), (ValueError(), 1), (ValueError, 1, 2), (), (1, 2, 3, 4)]:
    try:
        h.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            yield "got " + type(e).__name__
c = catcher(); next(c)
print(c.throw(ZeroDivisionError))
print(next(c))
print(c.throw(LookupError("x")))

def reenter():
    yield r.throw(ValueError)
r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)

def ctx():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "in handler"
k = ctx(); print(next(k))
try:
    k.throw(OSError("outer"))
except OSError as e:
    print(repr(e), repr(e.__context__))

def last():
    x = 1
    yield x
    yield x + 1
l = last(); next(l)
l.throw(NotImplementedError("uncaught"))
