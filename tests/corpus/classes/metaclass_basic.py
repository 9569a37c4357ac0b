class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        inst = super().__call__(*args, **kwargs)
        inst.made_by_meta = True
        return inst
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def hello(cls):
        return "hello from " + cls.__name__

class A(metaclass=Meta, tag="a"):
    x = 1
    def __init__(self, v=0):
        self.v = v
    def method(self):
        return self.v

print(A, type(A), type(A).__name__, A.tag)
a = A(5)
print(a.v, a.made_by_meta, a.method())
print(A.hello())
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
try:
    a.hello()
except AttributeError as e:
    print("AttributeError", e)

class B(A):
    y = 2
print(B, type(B) is Meta, B.tag, B.x)
b = B(v=3)
print(b.v)

class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class D(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)

class M3(M1): pass
class C3(metaclass=M3): pass
class E(C1, C3): pass
print(type(E).__name__)

X = type("X", (), {"a": 1, "f": lambda self: self.a + 1})
print(X, X.__name__, X().f(), X.__bases__, X.__module__)
Y = type("Y", (X,), {})
print(Y.__mro__, Y().a)
print(type(1), type("s"), type(type), type(Meta))
try:
    type("Z", 1, {})
except TypeError as e:
    print(e)
try:
    type("Z", (), 1)
except TypeError as e:
    print(e)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    type()
except TypeError as e:
    print(e)

class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        class D(dict):
            def __setitem__(self, k, v):
                print("  set", k)
                dict.update(self, {k: v})
        return D()
    def __new__(mcls, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcls, name, bases, dict(ns))
class P(metaclass=Prep, flag=1):
    a = 1
    def f(self): pass
print(P.a)
