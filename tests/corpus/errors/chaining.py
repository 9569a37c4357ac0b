# Exception chaining: implicit __context__, explicit __cause__, from None, attributes.
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("while handling")

def explicit():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped") from e

def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("clean") from None

for fn in (implicit, explicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
        print("  cause:", type(e.__cause__).__name__, e.__cause__)
        print("  context:", type(e.__context__).__name__, e.__context__)
        print("  suppress:", e.__suppress_context__)
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("a") from KeyError("b")
except ValueError as err:
    print(repr(err.__cause__), err.__suppress_context__, err.__context__)
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from ZeroDivisionError("cause")
except ValueError as err:
    print(repr(err.__cause__), repr(err.__context__))
for bad in [5, "str", ValueError]:
    try:
        raise RuntimeError("x") from bad
    except TypeError as err:
        print(type(err).__name__, err)
    except RuntimeError as err:
        print("raised with cause", repr(err.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("first")
    except ValueError as first:
        try:
            raise TypeError("second")
        except TypeError as second:
            print(second.__context__ is first, first.__context__)
            raise
except TypeError as third:
    print(repr(third), repr(third.__context__))

def chain_length(exc):
    n = 0
    while exc is not None:
        n += 1
        exc = exc.__context__
    return n

try:
    try:
        try:
            raise OSError("one")
        except OSError:
            raise LookupError("two")
    except LookupError:
        raise EOFError("three")
except EOFError as err:
    print(chain_length(err), [type(x).__name__ for x in (err, err.__context__, err.__context__.__context__)])
