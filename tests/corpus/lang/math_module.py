# The math module: exact float results, integer functions and error messages.
import math

xs = [0.5, 1.0, 2.0, 10.0, 1e-3, 123.456]
for x in xs:
    print(x, math.sqrt(x), math.exp(x), math.log(x), math.sin(x), math.cos(x), math.tan(x), math.atan(x))
print(math.log(1000, 10), math.log2(1024), math.log10(1e-5), math.log(2 ** 1000), math.log1p(1e-10))
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.9), math.floor(10 ** 20 + 0.5), math.ceil(7))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 12345), math.factorial(25))
print(math.comb(52, 5), math.perm(10, 3), math.perm(5), math.prod([1, 2, 3, 4]), math.prod([0.5, 4], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (3, 4)))
print(math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.copysign(2, -0.0), math.modf(-2.75), math.frexp(40))
print(math.ldexp(0.625, 6), math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1, rel_tol=0.2), math.degrees(math.pi))
print(math.gamma(5.5), math.lgamma(100), math.erf(0.5), math.erfc(0.5), math.cbrt(27), math.exp2(10))
print(math.isfinite(math.inf), math.isnan(math.nan), math.inf - math.inf, math.atan2(-1, -1), math.pow(2, 0.5))
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1),
            lambda: math.factorial(2.5), lambda: math.acos(2), lambda: math.comb(5, -1)):
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
