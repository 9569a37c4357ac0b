# Exceptions raised in __init__, __repr__, __str__, properties and __getattr__, and where they surface.
class BadInit:
    def __init__(self, v):
        if v < 0:
            raise ValueError(f"negative: {v}")
        self.v = v

class BadRepr:
    def __repr__(self):
        raise RuntimeError("repr failed")
    def __str__(self):
        return "str works"

class BadStr:
    def __str__(self):
        raise LookupError("str failed")

class Props:
    @property
    def broken(self):
        return self.missing_attr
    @property
    def ok(self):
        return "fine"
    @ok.setter
    def ok(self, value):
        raise PermissionError(f"cannot set {value}")
    def __getattr__(self, name):
        if name == "missing_attr":
            raise KeyError(name)
        raise AttributeError(f"Props has no {name}")

print(BadInit(1).v)
try:
    BadInit(-1)
except ValueError as e:
    print(type(e).__name__, e)
b = BadRepr()
print(str(b), f"{b}")
for fn in [lambda: repr(b), lambda: [b].__repr__(), lambda: f"{b!r}", lambda: "%r" % (b,), lambda: str(BadStr()), lambda: print(BadStr()), lambda: f"{BadStr()}", lambda: "%s" % BadStr()]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
p = Props()
print(p.ok)
for fn in [lambda: p.broken, lambda: setattr(p, "ok", 5), lambda: p.other, lambda: getattr(p, "other", "default"), lambda: hasattr(p, "other")]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)

class Half:
    def __init__(self):
        self.a = 1
        raise TypeError("half built")

try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class InitReturns:
    def __init__(self):
        return 5

try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NewFails:
    def __new__(cls):
        raise MemoryError("no memory (pretend)")

try:
    NewFails()
except MemoryError as e:
    print(type(e).__name__, e)

class Chain:
    def __init__(self):
        self.child = BadInit(-5)

try:
    Chain()
except ValueError as e:
    print(type(e).__name__, e)
print(repr(BadInit(3).__dict__))
Chain()
