# A function's __code__ is one object: every read gives the same code
# object (CPython keeps it in the function), and it survives collections.
import gc


def f(a, b=2):
    return a + b


def g():
    return 1


c1 = f.__code__
print(c1 is f.__code__, f.__code__ is f.__code__)
print(f.__code__ is g.__code__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames)
junk = [[i] * 10 for i in range(20000)]
del junk
gc.collect()
print(c1 is f.__code__, c1.co_name)
seen = {id(f.__code__) for _ in range(5)}
print(len(seen))
codes = {}
for fn in (f, g, f, g):
    codes.setdefault(fn.__code__, []).append(fn.__name__)
print(sorted((k.co_name, v) for k, v in codes.items()))
h = lambda: 0
print(h.__code__ is h.__code__, h.__code__.co_name)
def outer():
    def inner():
        return 0
    return inner
i1, i2 = outer(), outer()
print(i1 is i2, i1.__code__ is i2.__code__)
