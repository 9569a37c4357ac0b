# __get__ of getset_descriptor checks the object's type (it read a B
# instance as an int); method descriptors refuse __get__(None, None);
# staticmethod objects are callable.
class B: pass
for f in (lambda: int.real.__get__(B()), lambda: int.real.__get__(2.5), lambda: float.imag.__get__(3), lambda: int.real.__get__(True),
          lambda: int.numerator.__get__(None, int) is int.numerator, lambda: str.upper.__get__(None), lambda: int.__add__.__get__(None, None),
          lambda: str.upper.__get__(None, str) is str.upper, lambda: callable(staticmethod(len)), lambda: callable(classmethod(len)),
          lambda: staticmethod(len)([1, 2])):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
