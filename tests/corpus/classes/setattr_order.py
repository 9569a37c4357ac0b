# __setattr__ of a class runs before its properties and descriptors;
# object.__setattr__ then applies them, and respects __slots__.
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        print("property setter", x)
        object.__setattr__(self, "_v", x)
    def __setattr__(self, name, x):
        print("__setattr__", name, x)
        object.__setattr__(self, name, x)
p = P()
p.v = 5
setattr(p, "v", 6)
print(p.v, p._v)
class D:
    def __set__(self, obj, x):
        print("descriptor set", x)
    def __get__(self, obj, t=None):
        return "got"
class Q:
    d = D()
    def __setattr__(self, name, x):
        print("Q.__setattr__", name)
        super().__setattr__(name, x)
q = Q()
q.d = 1
q.e = 2
print(q.d, q.e)
class S:
    __slots__ = ("a",)
    def __setattr__(self, name, x):
        print("S.__setattr__", name)
        object.__setattr__(self, name, x)
s = S()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError", e)
o = object()
for call in (lambda: o.__setattr__("a", 1), lambda: object.__setattr__(o, "b", 2), lambda: setattr(o, "c", 3)):
    try:
        call()
    except AttributeError as e:
        print("AttributeError", e)
class E(Exception):
    pass
e = E("x")
object.__setattr__(e, "note", 1)
print(e.note, e.args)
