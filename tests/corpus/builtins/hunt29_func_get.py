# function.__get__ and __call__ (decorator classes that bind the wrapped
# function by hand), staticmethod/classmethod copying the wrapped
# callable's names, super().__class__, and keyword arguments of pow() and
# the order of Argument Clinic's errors (a missing argument is reported
# before a repeated or unknown keyword).
import functools


class logged:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __get__(self, obj, cls=None):
        self.calls += 1
        return self.func.__get__(obj, cls)


class C:
    def __init__(self, k):
        self.k = k

    @logged
    def m(self, x):
        return self.k * x

    @staticmethod
    def s(a):
        """static doc"""
        return a

    @classmethod
    def c(cls):
        return cls.__name__

    def __repr__(self):
        return 'C(%d)' % self.k


def f(a, b=2):
    return a + b


c = C(3)
total = 0
for i in range(300):
    total += c.m(i)
print(total, C.__dict__['m'].calls)
print(f.__get__(None, C) is f, f.__get__(c).__self__, f.__get__(5)(1), f.__call__(1, b=5))
print(c.m.__call__(2), type(f.__get__(c)).__name__, type(f.__call__).__name__)
print(type(type(f).__dict__['__get__']).__name__, repr(type(f).__dict__['__get__']))
print(hasattr(f, '__get__'), hasattr(c.m, '__get__'), hasattr(c.m, '__call__'))
for g in (lambda: f.__get__(None), lambda: f.__get__(), lambda: type(f).__dict__['__get__'](len, 1)):
    try:
        print(g())
    except TypeError as e:
        print('TypeError:', e)
sm, cm = C.__dict__['s'], C.__dict__['c']
print(sm.__name__, sm.__qualname__, sm.__doc__, sm.__module__, cm.__name__, cm.__qualname__)
print(staticmethod(len).__name__, classmethod(len).__qualname__)
try:
    staticmethod(1).__name__
except AttributeError as e:
    print('AttributeError:', e)


class D(C):
    def who(self):
        return super().__class__, super(D, self).__class__.__name__


print(D(1).who())
for g in (lambda: pow(3, base=2), lambda: pow(base=2, exp=5), lambda: pow(2, exp=10, mod=7),
          lambda: pow(2, 3, mod=None), lambda: pow(3), lambda: pow(), lambda: pow(1, 2, 3, 4),
          lambda: pow(2, 3, q=1), lambda: pow(exp=2), lambda: functools.partial(pow, exp=3)(4),
          lambda: pow(2.0, exp=-1), lambda: memoryview(b'ab').hex(1, 2, 3),
          lambda: memoryview(b'ab').cast(shape=[2]), lambda: memoryview(b'ab').cast('B', 1, format='c')):
    try:
        print(g())
    except TypeError as e:
        print('TypeError:', e)
s = 0
for i in range(200):
    s += pow(i, exp=2, mod=97) + pow(base=i, exp=1)
print(s)
# a builtin type's own static method copies no names (only staticmethod(f) does)
for a in ('__qualname__', '__name__'):
    try:
        print(a, getattr(str.__dict__['maketrans'], a))
    except AttributeError as e:
        print('AttributeError:', e)
