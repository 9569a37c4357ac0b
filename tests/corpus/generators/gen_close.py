# generator.close: GeneratorExit, ignoring it, never-started and finished generators
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  finally")

a = g()
print(a.close())
print(next(a, "exhausted"))
b = g(); next(b)
print(b.close(), b.gi_frame)
print(b.close())
try:
    next(b)
except StopIteration:
    print("closed generator stops")

def ignorer():
    try:
        yield 1
    except GeneratorExit:
        print("  ignoring")
    yield 2
    print("  unreachable?")
i = ignorer(); next(i)
try:
    i.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(i, "done"))

def returner():
    try:
        yield 1
    except GeneratorExit:
        return 5
r = returner(); next(r)
print(r.close())

def raiser():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
x = raiser(); next(x)
try:
    x.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def stop_in_close():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
s = stop_in_close(); next(s)
try:
    print(s.close())
except RuntimeError as e:
    print(type(e).__name__, e)

def self_close():
    yield me.close()
me = self_close()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

ge = (n * n for n in range(5))
print(next(ge), ge.close(), list(ge))
print(g().close(), ge.__name__, g().__qualname__)
try:
    b.close(1)
except TypeError as e:
    print(e)
