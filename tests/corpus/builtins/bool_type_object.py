# bool(), type() with one and three arguments, object(): truth tests and identities.
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool((0,)), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(0j) if False else "c")
print(True + True, True * 3, -True, ~True, True / 2, True // 2, True & False, True | False, True ^ True, type(True & True).__name__)
print(repr(True), str(False), int(True), float(True), True == 1, f"{True}", f"{True:d}")

class Empty:
    pass

class Falsy:
    def __bool__(self):
        return False

class Zero:
    def __len__(self):
        return 0

class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

print(bool(Empty()), bool(Falsy()), bool(Zero()), bool(Both()), not Falsy(), "yes" if Zero() else "no")

class WrongBool:
    def __bool__(self):
        return 0

class WrongLen:
    def __len__(self):
        return -1

for v in [WrongBool(), WrongLen()]:
    try:
        print(bool(v))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [lambda: bool(1, 2), lambda: bool(x=1), lambda: type(), lambda: type(1, 2), lambda: type("X", (1,), {}), lambda: type("X", (), 5), lambda: type(5, (), {})]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(1), type("s"), type(type), type(None), type(Empty()), type(Empty), type(len), type(print), type(lambda: 0))
print(type(1) is int, type(True) is bool, type([]) == list, type(type(1)) is type)
Dyn = type("Dyn", (Empty,), {"x": 5, "double": lambda self: self.x * 2})
d = Dyn()
print(Dyn.__name__, Dyn.__bases__ == (Empty,), d.x, d.double(), isinstance(d, Empty), type(d).__name__, Dyn.__qualname__)
Bare = type("Bare", (), {})
print(Bare.__bases__ == (object,), Bare.__mro__ == (Bare, object), Bare.__module__)
o = object()
print(type(o).__name__, o == o, o != object(), bool(o), object.__name__, object.__bases__)
for bad in [lambda: setattr(o, "x", 1), lambda: object(1), lambda: o.x, lambda: object.x]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(str(object).startswith("<class"), str(o).startswith("<object object at 0x"))
print(not None, not 0, not "a", not [], (None or 0 or "" or "last"), (1 and "b" and []), [] or {}, 0 and 1)
print(isinstance(True, int), issubclass(bool, int), bool.__bases__ == (int,), bool.__name__, True.real, True.imag, False.numerator)
