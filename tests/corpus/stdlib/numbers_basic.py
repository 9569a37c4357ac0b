import numbers
from fractions import Fraction

values = [0, 7, True, 2.5, float("nan"), 3 + 4j, Fraction(3, 4), "7", None, [1]]
for v in values:
    print(repr(v), [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real,
                                       numbers.Rational, numbers.Integral) if isinstance(v, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
print(numbers.Integral.__mro__)
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Real.__abstractmethods__))

try:
    numbers.Real()
except TypeError as e:
    print("TypeError", e)


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = float(v)
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return Meters(self.v + float(o))
    def __radd__(self, o): return Meters(float(o) + self.v)
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return Meters(self.v)
    def __mul__(self, o): return Meters(self.v * float(o))
    def __rmul__(self, o): return Meters(float(o) * self.v)
    def __truediv__(self, o): return Meters(self.v / float(o))
    def __rtruediv__(self, o): return Meters(float(o) / self.v)
    def __pow__(self, o): return Meters(self.v ** float(o))
    def __rpow__(self, o): return Meters(float(o) ** self.v)
    def __abs__(self): return Meters(abs(self.v))
    def __eq__(self, o): return self.v == float(o)
    def __repr__(self): return "Meters(%r)" % self.v
    __hash__ = None


m = Meters(7.5)
print(m - 2, 10 - m, divmod(m, 2), complex(m), m.real, m.imag, m.conjugate(), bool(m), bool(Meters(0)))
print(isinstance(m, numbers.Complex), isinstance(m, numbers.Rational))


class Half:
    pass


numbers.Rational.register(Half)
print(isinstance(Half(), numbers.Real), isinstance(Half(), numbers.Integral))
print(hash(numbers.Number) is not None, numbers.Number.__hash__)
