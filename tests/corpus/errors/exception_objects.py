# Exception objects: args, str/repr with 0/1/many args, custom __init__/__str__, hierarchy, with_traceback.
for exc in [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"), KeyError("k", "j"), KeyError(), IndexError(5), OSError(2, "No such file"), StopIteration(7), SystemExit(3), AssertionError()]:
    print(type(exc).__name__, repr(exc), str(exc), exc.args)
print(repr(KeyError("quote's")), str(KeyError("")), str(KeyError(None)), repr(UnicodeError("u")))
e = ValueError("x")
e.args = ("changed", 1)
print(e, repr(e))
e.args = []
print(repr(e), e.args)
e.note = "custom attribute"
print(e.note)

class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(code, message)
        self.code = code
        self.message = message
    def __str__(self):
        return f"[{self.code}] {self.message}"

class NoSuper(Exception):
    def __init__(self, detail):
        self.detail = detail

err = AppError(404, "not found")
print(err, repr(err), err.args, err.code)
ns = NoSuper("d")
print(repr(ns), str(ns), ns.args, ns.detail)

class Sub(AppError):
    pass

try:
    raise Sub(500, "server")
except AppError as caught:
    print("caught as base:", type(caught).__name__, caught)
print([c.__name__ for c in Sub.__mro__])
print(StopIteration(5).value, StopIteration().value, SystemExit(2).code, SystemExit().code, KeyError.__bases__, OSError(1, "x").errno, OSError(1, "x").strerror)
hierarchy = [ZeroDivisionError, OverflowError, KeyError, IndexError, UnboundLocalError, NotImplementedError, RecursionError, ModuleNotFoundError, FileNotFoundError, TimeoutError, UnicodeDecodeError, TabError, StopAsyncIteration, GeneratorExit, KeyboardInterrupt, DeprecationWarning]
for cls in hierarchy:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
try:
    raise ValueError
except ValueError as caught:
    print(repr(caught), caught.args)
try:
    raise 5
except TypeError as caught:
    print(type(caught).__name__, caught)
try:
    raise object
except TypeError as caught:
    print(type(caught).__name__, caught)
try:
    raise AppError
except TypeError as caught:
    print(type(caught).__name__, caught)
try:
    try:
        pass
    finally:
        raise
except RuntimeError as caught:
    print(type(caught).__name__, caught)
print(isinstance(ValueError(), Exception), issubclass(Exception, BaseException), BaseException.__subclasses__ is not None)
raise AppError(1, "final")
