# The data attributes Go code installs on builtin types (int.real, float.imag,
# ...) are getset_descriptors as in CPython: type name, repr, __name__,
# __qualname__, __objclass__, __get__/__set__, and the attribute reads.
import inspect
for d in [int.real, int.imag, int.numerator, int.denominator, float.real, float.imag]:
    print(type(d).__name__, repr(d), d.__name__, d.__qualname__, d.__objclass__, isinstance(d, property))
    print(d.__get__(d.__objclass__(7)), d.__get__(d.__objclass__(True)), inspect.isdatadescriptor(d), inspect.ismethoddescriptor(d))
print(int.real.__get__(None, int) is int.real)
for bad in ["(5).real = 3", "del (5).imag", "int.real.__set__(5, 1)", "(2.5).imag = 1"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
class I(int):
    pass
print(I(4).real, I(4).numerator, type(I(4).real).__name__, type(I.__dict__.get('real')).__name__)
p = property(lambda s: 1)
print(type(p).__name__, isinstance(p, property))
print(sorted(k for k, v in vars(int).items() if type(v).__name__ == 'getset_descriptor'))
print(sorted(k for k, v in vars(float).items() if type(v).__name__ == 'getset_descriptor'))
t = 0
for i in range(2000):
    t += i.real + i.imag + i.numerator * i.denominator + (i * 0.5).real
print(t)
