# traceback.print_exc / format_exception of groups; notes on plain
# exceptions, and __notes__ that is not a list.
import traceback
def f():
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("n", [TypeError(2)])])
try:
    try:
        f()
    except Exception as e:
        raise KeyError("outer") from e
except Exception as e:
    for line in traceback.format_exception(e):
        print(repr(line))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(e.__cause__))
    for line in traceback.format_exception(e.__cause__, chain=False):
        print(repr(line))
try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("n", [TypeError(2)])])
except Exception as e:
    traceback.print_exc()
    s = traceback.format_exception(e)
    print("".join(s), end="")
    print(len(s) > 0)
e = ValueError("x")
e.add_note("n1")
e.__notes__.append(42)
try:
    raise e
except ValueError:
    traceback.print_exc()
e2 = ValueError("y")
e2.__notes__ = "not a list"
raise e2
