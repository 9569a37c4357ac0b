class Base:
    def __init_subclass__(cls, /, prefix="", **kw):
        super().__init_subclass__(**kw)
        cls.label = prefix + cls.__name__
        print("init_subclass", cls.__name__, prefix)
class K(Base, prefix="x_"): pass
class L(K): pass
print(K.label, L.label)
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(foo=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")
class HasDesc:
    a = Desc()
    b = Desc()
print(HasDesc().a, HasDesc.a.name)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G[1, 2])
print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type[G])
print(list[int]("ab"), list[int] == list[int], list[int] == list[str])
print(list[int].__origin__, list[int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
try:
    int[0]
except TypeError as e:
    print(e)

class Reg(type):
    registry = []
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Reg): pass
class Mallard:
    quack = True
print(isinstance(Mallard(), Duck), isinstance(1, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))

class Outer:
    """Outer doc."""
    class Inner:
        pass
class Sub(Outer): pass
print(Outer.__doc__, Sub.__doc__, Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.__module__)
print(Sub.__mro__, Sub.mro(), Sub.__bases__, Sub.__base__)
print("x" in Outer.__dict__, "__doc__" in Outer.__dict__)

class AttrMeta(type):
    def __getattr__(cls, name):
        return "meta-" + name
class Q(metaclass=AttrMeta):
    real = 1
print(Q.real, Q.missing)
class Cnt(type):
    def __len__(cls):
        return 42
    def __iter__(cls):
        return iter([1, 2])
class W(metaclass=Cnt): pass

def fmeta(name, bases, ns, **kw):
    print("function metaclass", name, kw)
    return 7
class F(metaclass=fmeta, k=1):
    pass
print(F)
class PropMeta(type):
    @property
    def info(cls):
        return "info of " + cls.__name__
class PM(metaclass=PropMeta): pass
print(PM.info)
try:
    PM.info = 1
except AttributeError as e:
    print(e)
X = Reg("X", (), {})
print(type(X).__name__, X.__name__)
print(type.__new__(Reg, "Y", (), {"z": 3}).z)
