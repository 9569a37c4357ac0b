from fractions import Fraction as F
import math
a, b = F(3, 4), F(-5, 6)
print(a, b, repr(a), F(6, -8), F(0), F(5), F('3/7'), F(' -1.25e-2 '), F('7'), F(0.1), F(1.5), F(a))
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, abs(b), +a, a ** 2, a ** -2, b ** -3, 2 ** F(2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a * 2, 2 / a, a + 0.5, 0.5 * a, a == 0.75, a < 1, b < a, a >= F(3, 4), a != b, F(1, 2) == 0.5)
print(F(0.1).limit_denominator(10), F(math.pi).limit_denominator(1000), F(3, 7).limit_denominator(100), F(1, 3).limit_denominator(1))
print(F.from_float(0.25), F.from_float(3), a.numerator, a.denominator, a.as_integer_ratio())
print(int(F(7, 2)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1234, 1000), 2), float(F(1, 3)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), {F(1, 2): 'x'}[F(2, 4)], sorted([F(1, 2), F(1, 3), 0.4]), bool(F(0)), format(F(1, 3)))
print(sum([F(1, n) for n in range(1, 11)]))
for bad in (lambda: F(1, 0), lambda: F('abc'), lambda: F('1/'), lambda: a / 0, lambda: F(1.5, 2), lambda: F([1]), lambda: F.from_float('x'), lambda: F(1, 3).limit_denominator(0)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
