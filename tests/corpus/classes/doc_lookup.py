# __doc__ is an attribute of every object: a class's docstring (None
# without one), found through instances, inherited only through the class
# dict a class statement fills (a subclass without a docstring has None),
# functions' and methods' docstrings, module __doc__ and __name__. The
# docstrings of builtin types are C text hotloop does not keep, so this
# program only checks that reading them works, not what they say.
import sys
import math
import collections


class Base:
    """Base's docstring."""

    def method(self):
        "method's docstring"
        return 1

    def bare(self):
        return 2


class Child(Base):
    pass


class Documented(Base):
    """Documented's own."""


class Plain:
    pass


def f():
    """f's docstring."""


def g():
    x = "not a docstring"
    return x


print(Base.__doc__, Base().__doc__)
print(Child.__doc__, Child().__doc__)
print(Documented.__doc__, Documented().__doc__)
print(Plain.__doc__, Plain().__doc__)
print(Base.method.__doc__, Base().method.__doc__, Base.bare.__doc__)
print(f.__doc__, g.__doc__, (lambda: 0).__doc__)
print(__doc__, __name__)
print(sys.__name__, math.__name__, collections.__name__)
for mod in (sys, math):
    print(mod.__name__, hasattr(mod, "__doc__"), "__doc__" in vars(mod))
for obj in (1, 2.5, "s", [], (), {}, set(), None, range(2), iter([]), object()):
    print(type(obj).__name__, hasattr(obj, "__doc__"))
print(getattr(5, "__doc__", "missing") != "missing")

Plain.__doc__ = "set later"
print(Plain.__doc__, Plain().__doc__)
p = Plain()
p.__doc__ = "on the instance"
print(p.__doc__, Plain().__doc__)
f.__doc__ = "f again"
print(f.__doc__)


class Slotted:
    "slotted doc"
    __slots__ = ("a",)


print(Slotted().__doc__)
try:
    Slotted().__doc__ = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Slotted().__doc__
except AttributeError as e:
    print("AttributeError:", e)
try:
    Slotted().other = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    print((1).__dok__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(sys.__nam__)
except AttributeError as e:
    print("AttributeError:", e)
