# try/except*: matching (a bare exception is wrapped), several clauses,
# nested groups, exceptions raised inside clauses combined with the
# unhandled rest, bare raise vs raise e, sys.exc_info in a clause, else and
# finally, loops and generators, invalid except* types, and the syntax
# errors of break/continue/return in an except* clause.
import sys

def show(label, e):
    print(label, type(e).__name__, repr(e))

def run(f):
    try:
        f()
        print(f.__name__, "no exception")
    except BaseException as e:
        print(f.__name__, "escaped:", type(e).__name__, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for x in e.exceptions:
                print("   ", repr(x), "context:", repr(x.__context__))

def several():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        show("V", e)
        print("exc_info is match:", sys.exc_info()[1] is e)
    except* TypeError as e:
        show("T", e)
    print("after: exc_info", sys.exc_info())
run(several)

def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("V", e)
        print(repr(e.exceptions[0]), e.message == "")
run(naked)

def naked_unmatched():
    try:
        raise KeyError("naked")
    except* ValueError as e:
        show("V", e)
run(naked_unmatched)

def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run(bare_reraise)

def raise_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as x:
        raise x
run(raise_match)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("in V")
    except* TypeError:
        raise
run(raise_new)

def nested():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(4)])])
    except* TypeError as e:
        show("T", e)
run(nested)

def nested_reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(4)])])
    except* TypeError:
        raise
    except* ValueError:
        raise
run(nested_reraise_all)

def naked_raise_in_clause():
    try:
        raise ValueError(5)
    except* ValueError:
        raise KeyError(6)
run(naked_raise_in_clause)

def tuple_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* (TypeError, ValueError) as e:
        show("TV", e)
run(tuple_clause)

def star_group():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run(star_group)

def star_group_in_tuple():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
run(star_group_in_tuple)

def star_not_a_class():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* int:
        pass
run(star_not_a_class)

def star_checked_after_full_match():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    except* "oops":
        pass
run(star_checked_after_full_match)

def no_exception():
    try:
        print("body")
    except* ValueError:
        print("not here")
    else:
        print("else ran")
    finally:
        print("finally ran")
run(no_exception)

def with_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("V handled")
    finally:
        print("finally, exc_info:", repr(sys.exc_info()[1]))
run(with_finally)

def loop():
    for i in range(4):
        try:
            if i == 1:
                raise BaseExceptionGroup("x", [ValueError(i), KeyboardInterrupt()])
            if i == 3:
                raise ExceptionGroup("y", [TypeError(i), ValueError(i)])
            raise TypeError(i)
        except* TypeError as e:
            show("loop T", e)
        except* KeyboardInterrupt as e:
            show("loop KI", e)
        except* ValueError as e:
            show("loop V", e)
run(loop)

def nested_try():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise KeyError("k")
    except* KeyError as e:
        show("K", e)
        print("  context:", repr(e.exceptions[0].__context__))
    except* TypeError as e:
        show("T", e)
run(nested_try)

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

def subclass_derive():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("V", e)
run(subclass_derive)

class SplitLogger(ExceptionGroup):
    def split(self, cond):
        print("split called with", cond.__name__)
        return super().split(cond)

def split_override():
    try:
        raise SplitLogger("sl", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("V", e)
    except* TypeError as e:
        show("T", e)
run(split_override)

def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise ExceptionGroup("new", [KeyError(1)])
    except* TypeError:
        raise TypeError("again")
run(raise_group_in_clause)

def two_raised_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("from V")
    except* TypeError:
        raise IndexError("from T")
run(two_raised_and_rest)

def reraise_one_of_two():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        raise e.exceptions[0]
run(reraise_one_of_two)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [SystemExit(1), ValueError(2)])
    except* SystemExit as e:
        show("SE", e)
run(base_exceptions)

def gen():
    for i in range(2):
        try:
            raise ExceptionGroup("g%d" % i, [ValueError(i), TypeError(i)])
        except* ValueError as e:
            yield repr(e)
        except* TypeError as e:
            yield repr(e)

def generator():
    print(list(gen()))
run(generator)

def unbound_after_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as x:
        print(type(x).__name__, x)
run(unbound_after_clause)

def total():
    n = 0
    for i in range(50):
        try:
            raise ExceptionGroup("eg", [ValueError(i), TypeError(i)] if i % 2 else [ValueError(i)])
        except* ValueError as e:
            n += e.exceptions[0].args[0]
        except* TypeError as e:
            n += 1000
    print("total", n)
run(total)

srcs = [
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        for i in range(3):\n            break\n        def g():\n            return 2\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, e)
