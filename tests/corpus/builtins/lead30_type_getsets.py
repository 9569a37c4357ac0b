# Data attributes of type, object, functions and BaseException are
# descriptors in their types' dicts, as in CPython: getset_descriptor for
# most, member_descriptor for some. Reading through a descriptor gives the
# attribute; the ordinary reads are unchanged.
import types


def f(a, b=2):
    "doc of f"
    return a


class C:
    "doc of C"
    x = 1


class D(C):
    y: int = 2


def kinds(T):
    return [(k, type(v).__name__) for k, v in T.__dict__.items()
            if type(v).__name__ in ('getset_descriptor', 'member_descriptor')]


for T in (types.FunctionType, BaseException, object):
    print(T.__name__, kinds(T))
tk = dict(kinds(type))
for name in ('__name__', '__qualname__', '__bases__', '__module__', '__dict__',
             '__doc__', '__annotations__', '__abstractmethods__', '__mro__', '__base__'):
    print(name, tk[name])

gs = type.__dict__['__name__']
print(gs, gs.__name__, gs.__qualname__, gs.__objclass__)
print(gs.__get__(C), type.__dict__['__mro__'].__get__(D), type.__dict__['__base__'].__get__(D))
print(type.__dict__['__doc__'].__get__(C), type.__dict__['__bases__'].__get__(D))
print(object.__dict__['__class__'].__get__(3), object.__dict__['__class__'])
print(C.__doc__, D.__doc__, C().__doc__, C.__name__, D.__qualname__, D.__bases__, D.__module__)
gs.__set__(D, 'DD')
print(D.__name__, D)
C.__name__ = 'CC'
print(C.__name__, C().__class__.__name__)
print(type(f).__dict__['__code__'].__get__(f) is f.__code__)
print(type(f).__dict__['__name__'].__get__(f), type(f).__dict__['__doc__'].__get__(f))
print(type(f).__dict__['__defaults__'].__get__(f))
type(f).__dict__['__defaults__'].__set__(f, (5,))
print(f.__defaults__)
e = ValueError(1, 2)
e.note = 'n'
print(BaseException.__dict__['args'].__get__(e), BaseException.__dict__['__dict__'].__get__(e))
try:
    gs.__get__(3)
except TypeError as ex:
    print('TypeError', ex)
try:
    print(type.__abstractmethods__)
except AttributeError as ex:
    print('AttributeError', ex)
print(D.__annotations__, type.__dict__['__annotations__'].__get__(D))


class N:
    pass


print(N.__annotations__, '__annotations__' in N.__dict__)
try:
    int.__annotations__
except AttributeError as ex:
    print('AttributeError', ex)


class M(type):
    pass


class E(metaclass=M):
    pass


print(E.__name__, type(E).__name__, E.__class__, type.__dict__['__name__'].__get__(E))
o = object()
try:
    o.__class__ = C
except TypeError as ex:
    print('TypeError', ex)
print(getattr(f, '__code__').co_name, vars(C)['x'], vars(object)['__class__'].__get__(N()).__name__)
print([k for k in dir(type) if k in ('__abstractmethods__', '__annotations__', '__base__', '__bases__', '__module__', '__mro__', '__name__', '__dict__')])
print([k for k in dir(N) if k in ('__class__', '__dict__', '__doc__', '__module__')])
print(sorted(k for k in dir(f) if k.startswith('__c') or k.startswith('__d')))
print(types.FunctionType.__code__, BaseException.args, KeyError.args)
print(hasattr(types.FunctionType, '__defaults__'), hasattr(BaseException, '__traceback__'))
