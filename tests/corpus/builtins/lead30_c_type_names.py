# Library classes that stand for CPython's C types name themselves as C
# types do in messages ('functools.partial' object ...), and cmp_to_key
# returns a KeyWrapper whose calls make KeyWrapper keys.
import collections
import functools
import types

K = functools.cmp_to_key(lambda a, b: a - b)
print(type(K), type(K).__qualname__, type(K).__module__, type(K).__name__)
k = K(3)
print(type(k), k.obj, k < K(4), k > K(4), k == K(3), k <= K(3), k >= K(9))
for x in (k, K):
    try:
        hash(x)
    except TypeError as e:
        print(e)
print(sorted([5, 1, 4, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b)), reverse=True))
try:
    k < 3
except TypeError as e:
    print(e)
print(max([3, 7, 1], key=functools.cmp_to_key(lambda a, b: (a > b) - (a < b))))
print(repr(K).startswith('<functools.KeyWrapper object at 0x'))


def bad(a, b):
    raise ValueError('cmp failed')


try:
    sorted([1, 2], key=functools.cmp_to_key(bad))
except ValueError as e:
    print('ValueError', e)

p = functools.partial(print, 1)
for o in (p, types.SimpleNamespace(a=1), collections.deque(), collections.OrderedDict(),
          collections.Counter(), collections.defaultdict(int)):
    try:
        o.zzz
    except AttributeError as e:
        print(e)
    print(type(o).__name__, type(o).__qualname__, type(o).__module__)
print(type(p), functools.partial, types.SimpleNamespace, collections.OrderedDict)
print(collections.OrderedDict(a=1), types.SimpleNamespace(b=2), repr(p)[:30])


class Sub(collections.OrderedDict):
    pass


print(Sub, Sub(x=1), type(Sub()).__name__)
try:
    Sub().zz
except AttributeError as e:
    print(e)
try:
    functools.partial()
except TypeError as e:
    print(e)
print(isinstance(p, functools.partial), functools.partial.__name__, functools.partial.__qualname__)
print(type(functools.cmp_to_key(len)).__name__)
