# A class's __qualname__ lives in the type, not in its __dict__ (CPython pops
# it from the class body's namespace); nested classes, assignment and errors.
class Outer:
    class Inner:
        def m(self):
            pass

    def make(self):
        class Local:
            pass
        return Local


def visible(cls):
    return [k for k in cls.__dict__ if k not in ('__dict__', '__weakref__')]


print(Outer.__qualname__, Outer.Inner.__qualname__, Outer().make().__qualname__)
print('__qualname__' in Outer.__dict__, '__qualname__' in Outer.Inner.__dict__)
print(visible(Outer.Inner))
print(Outer.Inner.m.__qualname__)
print(repr(Outer.Inner), repr(Outer().make()))
Outer.Inner.__qualname__ = 'Renamed'
print(Outer.Inner.__qualname__, Outer.Inner.__name__, repr(Outer.Inner))
print('__qualname__' in Outer.Inner.__dict__)


class Explicit:
    __qualname__ = 'Some.Other'
    x = 1


print(Explicit.__qualname__, visible(Explicit), repr(Explicit))
try:
    Outer.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad:
        __qualname__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.__qualname__ = 'x'
except TypeError as e:
    print(type(e).__name__, e)
print(int.__qualname__, type(iter([])).__qualname__)
import collections
print(collections.deque.__qualname__, collections.OrderedDict.__qualname__)
print(type(Outer().make()()).__qualname__)
