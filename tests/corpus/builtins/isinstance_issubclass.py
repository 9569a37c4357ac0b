# isinstance() and issubclass(): tuples, nested tuples, bool/int, user classes, errors.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass

print(isinstance(1, int), isinstance(True, int), isinstance(True, bool), isinstance(1, bool), isinstance(1.0, int))
print(isinstance("s", (int, str)), isinstance("s", (int, float)), isinstance(None, type(None)), isinstance([], (list, (tuple, dict))))
print(isinstance(3, ()), isinstance(3, ((), (int,))), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(isinstance(D(), A), isinstance(D(), C), isinstance(B(), D), isinstance(A(), object), isinstance(object(), A))
print(issubclass(bool, int), issubclass(int, bool), issubclass(D, (C, int)), issubclass(D, D), issubclass(A, object))
print(issubclass(B, ()), issubclass(B, (int, (str, (A,)))), issubclass(type, object), issubclass(object, type))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(bool, (str, float)))
print(isinstance(D(), (C,)), [isinstance(x, (int, float)) for x in (1, 1.5, "1", True, None)])
print(D.__mro__ == (D, B, A, C, object), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C))

class MetaCheck(type):
    pass

class WithInstanceCheck:
    pass

tests = [
    lambda: isinstance(1, 1),
    lambda: isinstance(1, "int"),
    lambda: isinstance(1, (int, 1)),
    lambda: isinstance(1, [int]),
    lambda: issubclass(1, int),
    lambda: issubclass(A(), A),
    lambda: issubclass(int, 1),
    lambda: issubclass(int, (1, int)),
    lambda: isinstance(1),
    lambda: issubclass(int),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)

class MyInt(int): pass
class MyList(list): pass

print(isinstance(MyInt(3), int), isinstance(3, MyInt), issubclass(MyInt, int), isinstance(MyList(), list), type(MyInt(3)) is int)
print(isinstance(MyList(), (MyInt, MyList)), issubclass(MyList, object), issubclass(MyList, (dict, set)))
e = ValueError("x")
print(isinstance(e, Exception), isinstance(e, (TypeError, ValueError)), isinstance(e, BaseException), isinstance(ValueError, Exception))
print(isinstance(len, object), isinstance(print, type), isinstance(A, type), issubclass(A, type))
