from functools import singledispatch, singledispatchmethod, partialmethod
from collections.abc import Sequence, Mapping
@singledispatch
def show(x):
    return 'object %r' % (x,)
@show.register(int)
def _(x):
    return 'int %d' % x
@show.register
def _(x: str):
    return 'str %s' % x
@show.register(list)
@show.register(tuple)
def _(x):
    return 'seq of %d' % len(x)
@show.register(Mapping)
def _(x):
    return 'mapping with %s' % sorted(x)
print(show(3), show(True), show('s'), show([1, 2]), show((1,)), show({'b': 1, 'a': 2}), show(2.5), show(None))
print(show.dispatch(bool).__name__, show.dispatch(float) is show.registry[object], sorted(t.__name__ for t in show.registry))
print(show.__name__)
try:
    show()
except TypeError as e:
    print('TypeError', e)
try:
    show.register(3, lambda x: x)
except TypeError as e:
    print('TypeError', e)
class Cell:
    def __init__(self): self.v = None
    def set(self, v, tag=''):
        self.v = (v, tag)
    set_one = partialmethod(set, 1)
    set_tagged = partialmethod(set, tag='T')
c = Cell(); c.set_one(); print(c.v); c.set_tagged(5); print(c.v); c.set_one(tag='x'); print(c.v)
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'
    @fmt.register
    def _(self, arg: int):
        return 'int %d' % arg
    @fmt.register(list)
    def _(self, arg):
        return 'list %d' % len(arg)
f = Fmt()
print(f.fmt(1), f.fmt([1]), f.fmt('x'))
