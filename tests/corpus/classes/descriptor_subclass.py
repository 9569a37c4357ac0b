# Subclasses of property, staticmethod and classmethod: construction with
# and without their own __init__, the descriptor protocol (get, set,
# delete, class access), getter/setter/deleter making instances of the
# subclass, __set_name__, __doc__, and explicit calls of the base
# descriptors' methods.


class logged(property):
    calls = []

    def __get__(self, obj, owner=None):
        logged.calls.append(self.fget.__name__)
        return super().__get__(obj, owner)


class named(property):
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.tag = "named:" + (fget.__name__ if fget else "?")


class C:
    def __init__(self):
        self._v = 1

    @logged
    def v(self):
        "the value"
        return self._v

    @v.setter
    def v(self, x):
        self._v = x * 10

    @v.deleter
    def v(self):
        self._v = -1

    @named
    def w(self):
        return "w!"


c = C()
print(c.v, type(C.__dict__["v"]).__name__, C.v.__doc__)
c.v = 4
print(c.v, c._v)
del c.v
print(c.v, logged.calls)
print(c.w, C.w.tag, type(C.w).__name__, C.w.fget.__name__)
try:
    c.w = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del c.w
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(C.v, property), issubclass(logged, property), C.v.fset.__name__)


class sm(staticmethod):
    pass


class cm(classmethod):
    def __init__(self, f):
        super().__init__(f)
        self.extra = f.__name__.upper()


class D:
    @sm
    def add(a, b):
        return a + b

    @cm
    def make(cls, n):
        return cls.__name__ * n


class E(D):
    pass


print(D.add(1, 2), D().add(3, 4), D.make(2), E.make(1), E().make(3))
print(type(D.__dict__["add"]).__name__, D.__dict__["make"].extra, D.__dict__["add"].__func__.__name__)

# the base types' methods called directly
p = property(lambda self: "got")
print(property.__get__(p, 5), p.__get__(None, int) is p)
q = p.setter(lambda self, x: print("set", x))
q.__set__(7, "val")
try:
    p.__set__(7, 1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    property.__get__(3, 4)
except TypeError as e:
    print("TypeError:", e)
f = staticmethod(len)
print(f.__get__(None, int)("abc"), classmethod(lambda c: c.__name__).__get__(3)())


# a plain data descriptor with __delete__, and one without it
class Managed:
    def __get__(self, obj, owner=None):
        return "managed"

    def __set__(self, obj, v):
        print("set to", v)

    def __delete__(self, obj):
        print("deleted")


class NoDel:
    def __get__(self, obj, owner=None):
        return 0

    def __set__(self, obj, v):
        pass


class F:
    m = Managed()
    n = NoDel()


g = F()
g.m = 9
del g.m
print(g.m)
try:
    del g.n
except AttributeError as e:
    print("AttributeError:", e)
