# cmath's argument conversion (int, float, complex, bool, big ints,
# __complex__, __float__, __index__, subclasses) and its TypeError,
# ValueError and OverflowError messages; isclose's keywords.
import cmath


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 16


class Both:
    def __complex__(self):
        return -4j

    def __float__(self):
        return 9.0


class BadComplex:
    def __complex__(self):
        return 1


class BadFloat:
    def __float__(self):
        return 9


class C(complex):
    pass


class F(float):
    pass


def attempt(label, f):
    try:
        print(label, repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)


for arg in [4, -4, 2.25, -0.0, 3 + 4j, True, 10 ** 20, WithComplex(), WithFloat(), WithIndex(),
            Both(), C(-9), F(-9.0)]:
    attempt("sqrt", lambda: cmath.sqrt(arg))
    attempt("polar", lambda: cmath.polar(arg))
for bad in ["1", None, [1], BadComplex(), BadFloat(), 10 ** 400, object()]:
    attempt("exp", lambda: cmath.exp(bad))
attempt("no args", lambda: cmath.sqrt())
attempt("two args", lambda: cmath.cos(1, 2))
attempt("keyword", lambda: cmath.sin(z=1))
attempt("phase keyword", lambda: cmath.phase(z=1))
attempt("log3", lambda: cmath.log(1, 2, 3))
attempt("log0", lambda: cmath.log())
attempt("log kw", lambda: cmath.log(1, base=2))
attempt("log str base", lambda: cmath.log(1, "2"))
attempt("rect1", lambda: cmath.rect(1))
attempt("rect kw", lambda: cmath.rect(r=1, phi=2))
attempt("rect complex", lambda: cmath.rect(1j, 1))
attempt("rect str", lambda: cmath.rect(1, "x"))
attempt("rect int", lambda: cmath.rect(2, 0))
attempt("rect index", lambda: cmath.rect(WithIndex(), WithFloat()))
attempt("polar overflow", lambda: cmath.polar(complex(1.7e308, 1.7e308)))
attempt("phase underflow", lambda: cmath.phase(complex(1e300, 1e-300)))
attempt("phase tiny", lambda: cmath.phase(complex(1, 1e-310)))
attempt("exp overflow", lambda: cmath.exp(1000))
attempt("cosh overflow", lambda: cmath.cosh(complex(710, 1)))
attempt("cosh big", lambda: cmath.cosh(710.4))
attempt("log zero", lambda: cmath.log(0))
attempt("atanh one", lambda: cmath.atanh(1))
attempt("sqrt inf", lambda: cmath.sqrt(complex(float("inf"), float("nan"))))
attempt("isclose", lambda: cmath.isclose(1 + 1j, 1 + 1.000000001j))
attempt("isclose rel", lambda: cmath.isclose(1, 1.1, rel_tol=0.2))
attempt("isclose abs", lambda: cmath.isclose(0, 1e-10j, abs_tol=1e-9))
attempt("isclose names", lambda: cmath.isclose(b=1, a=1))
attempt("isclose neg", lambda: cmath.isclose(1, 2, rel_tol=-1))
attempt("isclose neg abs", lambda: cmath.isclose(1, 2, abs_tol=-0.5))
attempt("isclose three", lambda: cmath.isclose(1, 2, 3))
attempt("isclose one", lambda: cmath.isclose(1))
attempt("isclose none", lambda: cmath.isclose())
attempt("isclose both", lambda: cmath.isclose(1, 2, a=1))
attempt("isclose unknown", lambda: cmath.isclose(1, 2, tol=1))
attempt("isclose str", lambda: cmath.isclose(1, "a"))
attempt("isclose tol str", lambda: cmath.isclose(1, 2, rel_tol="a"))
attempt("isclose tol complex", lambda: cmath.isclose(1, 2, abs_tol=1j))
attempt("isclose inf", lambda: cmath.isclose(complex("inf"), complex("inf")))
attempt("isclose -inf", lambda: cmath.isclose(complex("inf"), complex("-inf")))
attempt("isclose nan", lambda: cmath.isclose(complex("nan"), complex("nan")))
print(type(cmath.sqrt(4)).__name__, type(cmath.phase(1)).__name__, type(cmath.polar(1)).__name__,
      type(cmath.isnan(1)).__name__)
print(cmath.sqrt.__name__, cmath.__name__)
