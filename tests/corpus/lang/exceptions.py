# try/except/else/finally, raise, custom exceptions, chaining caught.
class MyError(Exception):
    pass


class DetailedError(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


def risky(n):
    if n == 0:
        raise MyError("zero!")
    if n == 1:
        raise DetailedError(42, "one is bad")
    if n == 2:
        return [][1]
    return n


for n in range(4):
    try:
        r = risky(n)
    except MyError as e:
        print("MyError", e, e.args)
    except ValueError as e:
        print("ValueError", e, e.code, isinstance(e, DetailedError))
    except (IndexError, KeyError) as e:
        print("lookup", type(e).__name__, e)
    else:
        print("ok", r)
    finally:
        print("finally", n)


def f():
    try:
        return "try"
    finally:
        print("cleanup")


print(f())
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    raise ValueError("x") from TypeError("y")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")
e = Exception(1, 2)
print(e, repr(e), e.args)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("assert:", e)
try:
    undefined_name
except NameError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)


def loop():
    for i in range(5):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            print("body", i)
        finally:
            print("fin", i)


loop()
