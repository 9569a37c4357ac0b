# The types of Go-implemented functions: method_descriptor,
# wrapper_descriptor, classmethod_descriptor, method-wrapper and
# builtin_function_or_method, their constants in types, __get__,
# __call__, __objclass__, and staticmethods in builtin type dicts.
import inspect
import types

cases = [
    ("str.upper", str.upper), ("list.append", list.append),
    ("list.__dict__['append']", list.__dict__['append']),
    ("type.__dict__['mro']", type.__dict__['mro']),
    ("int.__add__", int.__add__), ("int.__dict__['__add__']", int.__dict__['__add__']),
    ("object.__init__", object.__init__), ("object.__eq__", object.__eq__),
    ("object.__reduce__", object.__reduce__), ("list.__getitem__", list.__getitem__),
    ("dict.__contains__", dict.__contains__), ("list.__len__", list.__len__),
    ("(1).__add__", (1).__add__), ("object().__str__", object().__str__),
    ("[].__len__", [].__len__), ("[].__getitem__", [].__getitem__),
    ("[].append", [].append), ("len", len), ("'x'.join", 'x'.join),
    ("dict.__dict__['fromkeys']", dict.__dict__['fromkeys']),
    ("int.__dict__['from_bytes']", int.__dict__['from_bytes']),
    ("float.__dict__['fromhex']", float.__dict__['fromhex']),
    ("bytes.__dict__['fromhex']", bytes.__dict__['fromhex']),
    ("dict.fromkeys", dict.fromkeys), ("int.from_bytes", int.from_bytes),
    ("str.__dict__['maketrans']", str.__dict__['maketrans']),
    ("bytes.__dict__['maketrans']", bytes.__dict__['maketrans']),
    ("str.maketrans", str.maketrans), ("bytes.maketrans", bytes.maketrans),
]


def shown(x):
    r = repr(x)
    i = r.find(' at 0x')
    return r if i < 0 else r[:i] + '>'


for label, x in cases:
    print(f"{label:28} {type(x).__name__:28} {shown(x)}")

print(types.MethodDescriptorType, types.WrapperDescriptorType)
print(types.MethodWrapperType, types.ClassMethodDescriptorType)
print(types.GetSetDescriptorType, types.MemberDescriptorType)
print(types.BuiltinFunctionType is types.BuiltinMethodType)
print(isinstance(str.upper, types.MethodDescriptorType),
      isinstance(int.__add__, types.WrapperDescriptorType),
      isinstance((1).__add__, types.MethodWrapperType),
      isinstance(dict.__dict__['fromkeys'], types.ClassMethodDescriptorType),
      isinstance(str.upper, types.BuiltinFunctionType),
      isinstance(len, types.MethodDescriptorType))
print([inspect.ismethoddescriptor(x) for x in (str.upper, int.__add__, len, [].append)])
print([inspect.isbuiltin(x) for x in (str.upper, int.__add__, len, [].append, (1).__add__)])
print([inspect.isroutine(x) for x in (str.upper, int.__add__, len, (1).__add__)])
print([callable(x) for x in (str.upper, int.__add__, (1).__add__, dict.__dict__['fromkeys'])])

# attributes
for x in (str.upper, int.__add__, (1).__add__, dict.__dict__['fromkeys'], [].append, len):
    t = type(x).__name__
    print(t, x.__name__, x.__qualname__, hasattr(x, '__get__'), hasattr(x, '__call__'),
          getattr(x, '__objclass__', '-'), hasattr(x, '__self__'))
print(str.maketrans.__self__, str.maketrans.__name__, str.maketrans.__qualname__)

# __get__
print(str.upper.__get__('abc')(), str.upper.__get__(None, str) is str.upper)
print(int.__add__.__get__(5)(6), shown(int.__add__.__get__(5)))
print(shown(str.upper.__get__('q')))
fk = dict.__dict__['fromkeys']
print(fk.__get__(None, dict)('ab'), fk.__get__({})('xy', 0))


class D(dict):
    pass


print(type(fk.__get__(None, D)('a')).__name__)
for f in (lambda: str.upper.__get__(5), lambda: int.__add__.__get__('s'),
          lambda: fk.__get__(None, int), lambda: fk.__get__(None, None),
          lambda: fk.__get__(None, 3), lambda: str.upper.__get__()):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

# __call__
print(str.upper.__call__('hi'), len.__call__([1, 2]), (3).__add__.__call__(4))
print(shown(len.__call__), shown(str.upper.__call__))
print(type(str.upper.__get__).__name__, type(int.__add__.__get__).__name__)
print(type(types.MethodDescriptorType.__dict__['__get__']).__name__)

# staticmethods in type dicts
print(str.maketrans('ab', 'xy'), 'q'.maketrans({'a': None}), bytes.maketrans(b'a', b'b')[97])
print(str.__dict__['maketrans'].__func__('c', 'd'))

# a hot loop over the same reads
n = 0
for i in range(400):
    n += type(str.upper) is types.MethodDescriptorType
    n += type((i).__add__) is types.MethodWrapperType
    n += len(str.upper.__get__('ab')())
    n += len(str.maketrans('a', 'b'))
print(n)

# dict.fromkeys of a subclass builds the subclass through __setitem__
class Loud(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v * 2)


d = Loud.fromkeys('ab', 3)
print(type(d).__name__, d, type(D.fromkeys([1])).__name__)

# copy and Callable know the new types
import copy
import collections.abc as abc
for x in (str.upper, int.__add__, (1).__add__, [].append, len):
    print(type(x).__name__, copy.copy(x) is x, copy.deepcopy(x) is x,
          isinstance(x, abc.Callable))
print(copy.deepcopy((7).__add__)(1), staticmethod(len), classmethod(len))
