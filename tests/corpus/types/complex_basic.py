# complex numbers: construction, parsing, repr, arithmetic, comparisons, hash.

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))

inf, nan = float("inf"), float("nan")
# repr and str
for z in [0j, 1j, -1j, 1+2j, -1-2j, complex(-0.0, -1), complex(0.0, -0.0), complex(-0.0, 0.0),
          complex(nan, inf), complex(inf, -inf), 1.5e300j, 1e-7+1e16j, complex(1, nan), 3+0j, complex(2.5, 1e-20)]:
    print(repr(z), str(z), z.real, z.imag)

# constructor
t("empty", lambda: complex())
t("int", lambda: complex(3))
t("float", lambda: complex(2.5))
t("two", lambda: complex(1, 2))
t("cc", lambda: complex(1+2j, 3+4j))
t("c-real", lambda: complex(1j, 1))
t("kw", lambda: complex(real=1, imag=2))
t("kw-imag", lambda: complex(imag=3))
t("bool", lambda: complex(True, False))
t("big", lambda: complex(10**20))
t("toobig", lambda: complex(10**400))
t("str-imag", lambda: complex("1", 2))
t("none", lambda: complex(None))
t("list", lambda: complex([1]))
t("imag-str", lambda: complex(1, "2"))
for s in ["1", "1j", "-1j", "1+2j", "(1+2j)", " ( -3.5-4e2J ) ", "j", "+j", "-j", "1e3", "nan", "-inf+nanj", "infj",
          "1_000+2_0j", "1+", "1+2", "(1+2j", "1+2j)", "1 + 2j", "", "  ", "abc", "1jj", "1e", "0x10", "1__0", ".5j", "5.j", "1+-2j", "\t2j\n"]:
    t(f"parse {s!r}", lambda: complex(s))

class C:
    def __complex__(self):
        return 4+5j
class BadC:
    def __complex__(self):
        return 4
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
t("dunder", lambda: complex(C()))
t("dunder-bad", lambda: complex(BadC()))
t("float-dunder", lambda: complex(F(), F()))
t("index-dunder", lambda: complex(I()))

# arithmetic
a, b = 1+2j, 3-4j
neg8, third, neg1, half = -8, 1/3, -1.0, 0.5
for label, f in [("add", lambda: a + b), ("sub", lambda: a - b), ("mul", lambda: a * b), ("div", lambda: a / b),
                 ("add-int", lambda: a + 1), ("radd-int", lambda: 1 + a), ("sub-float", lambda: 2.5 - a),
                 ("mul-float", lambda: a * 0.5), ("div-int", lambda: 1 / a), ("div-float", lambda: a / 2.0),
                 ("bool", lambda: a + True), ("neg", lambda: -a), ("pos", lambda: +a), ("abs", lambda: abs(b)),
                 ("abs-inf", lambda: abs(complex(inf, nan))), ("abs-nan", lambda: abs(complex(nan, 1))),
                 ("abs-over", lambda: abs(complex(1e308, 1e308))),
                 ("conj", lambda: a.conjugate()), ("int-conj", lambda: (5).conjugate()), ("div0", lambda: a / 0),
                 ("div0c", lambda: a / 0j), ("floordiv", lambda: a // 2), ("mod", lambda: a % 2),
                 ("divmod", lambda: divmod(a, 2)), ("rfloordiv", lambda: 2 // a),
                 ("pow2", lambda: a ** 2), ("pow3", lambda: a ** 3), ("pow-1", lambda: a ** -1), ("pow0", lambda: a ** 0),
                 ("pow-big", lambda: a ** 101), ("powf", lambda: a ** 0.5), ("powc", lambda: a ** b),
                 ("rpow", lambda: 2 ** a), ("pow00", lambda: 0j ** 0), ("pow0neg", lambda: 0j ** -1),
                 ("pow0c", lambda: 0j ** 1j), ("pow-over", lambda: (1e200+1e200j) ** 2),
                 ("pow-mod", lambda: pow(a, 2, 3)), ("negpow", lambda: neg8 ** third), ("negpowf", lambda: neg1 ** half),
                 ("inv", lambda: ~a), ("lshift", lambda: a << 1), ("and", lambda: a & 1),
                 ("add-str", lambda: a + "x"), ("mul-list", lambda: a * [1]),
                 ("inf-mul", lambda: complex(inf, 0) * 2), ("nan-arith", lambda: complex(nan, 1) + 1),
                 ("div-small", lambda: (1e-300+1e-300j) / (1e-300+2e-300j)), ("div-inf", lambda: 1 / complex(inf, inf))]:
    t(label, f)

# comparisons
t("eq", lambda: (1+0j == 1, 1+0j == 1.0, 1j == 1j, 2+1j == 2, 1+0j == True, 0j == 0, 1+0j != 1))
t("eq-big", lambda: (complex(2**53) == 2**53 + 1, complex(2**53) == 2**53, complex(1e300) == 10**300))
t("eq-nan", lambda: (complex(nan, 0) == complex(nan, 0), complex(nan, 0) != complex(nan, 0)))
t("eq-other", lambda: (1j == "1j", 1j == None, 1j in [1j], 1j in {1j: 2}))
t("lt", lambda: 1j < 2j)
t("le-int", lambda: 1j <= 1)
t("gt-float", lambda: 1.0 > 1j)
t("sorted", lambda: sorted([1j, 2j]))
t("bool", lambda: (bool(0j), bool(1j), bool(complex(0, -0.0)), bool(complex(nan, 0))))

# hash
for z in [0j, 1j, 1+0j, 2.5+0j, 1+2j, -1-1j, complex(inf, 0), complex(1e300, 1e-300), complex(0, -1)]:
    print(repr(z), hash(z))
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), {1: "a", 1+0j: "b"})

# conversions
t("int", lambda: int(1+2j))
t("float", lambda: float(1+2j))
t("round", lambda: round(1+2j))
t("real-attr", lambda: (1+2j).real.__class__.__name__)
t("setattr", lambda: setattr(1j, "real", 3))
t("format", lambda: (format(1+2j), format(1+2j, ".2f"), format(1.5-2j, ">20"), format(1j, "e"), format(-0j, "g"),
                     format(1+2j, "*^20.3g"), f"{3-4j:+.1f}", format(1j, ""), format(complex(nan, inf), "f")))
t("format-bad", lambda: format(1j, "d"))
t("format-zero", lambda: format(1j, "010"))
t("format-eq", lambda: format(1j, "=10"))
t("pct", lambda: "%s %r" % (1j, 2+3j))
t("pct-f", lambda: "%f" % 1j)
t("type", lambda: (type(1j).__name__, isinstance(1j, complex), type(1j + 1).__name__))
print(sum([1j, 2, 3.5]), [1j] * 2, 1j.imag, (2j).real)
1 / 0j
