# x ** c in traced loops for every constant exponent the JIT evaluates
# inside the trace (1, 2, -1, 0.5, 1.5, -1.5, -0.5, 3, 4, -2, -3, -4), on
# edge bases (zeros of both signs, subnormals, huge, inf, nan, negative,
# the limits of the in-trace ranges and their neighbours, results exactly
# halfway between two floats) and on pseudo-random bases, printed with
# repr (and folded into a hash for the random ones) so every bit shows.
# Errors (ZeroDivisionError, OverflowError) and complex results come from
# the interpreter after the trace exits.
#
# CPython's float ** float is the C library's pow(), which is not always
# correctly rounded: within about 0.02 ulp of a halfway point between two
# floats it may round the wrong way (hotloop rounds correctly). Bases whose
# exact power is that close to a halfway point are left out (near_halfway,
# exact rational arithmetic), so the output shows only well-defined bits.
import math
from fractions import Fraction

INF = math.inf
NAN = math.nan

BASE = [0.0, 1.0, 2.0, 0.5, 3.0, 10.0, 1e-300, 1e300, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, INF, NAN, 2.0 ** -600, 2.0 ** 600, 2.0 ** -240, 2.0 ** 240,
        2.0 ** 511, 2.0 ** 512, 2.0 ** -1023, 2.0 ** -1024, 262143.0, 262143.0 * 262143.0,
        131071.0, 4.0, 9.0, 16.0, 0.25, 0.1, 1.7, 12345.678, 1e-160, 1e160, 1e155]
EDGE = []
for b in BASE:
    for v in (b, math.nextafter(b, 0.0), math.nextafter(b, INF)):
        EDGE.append(v)
        EDGE.append(-v)


def near_halfway(x, c):
    """Whether |x| ** c is within 0.1 ulp of a point halfway between two
    floats (exactly, with rationals; an irrational power through its
    square)."""
    ax = abs(x)
    if ax == 0 or ax != ax or ax == INF or c == 1:
        return False
    lg = math.log2(ax) * c
    if lg > 1023 or lg < -1080:
        return False
    f = Fraction(ax)
    n = math.floor(c)
    if c == n:
        v = f ** int(c)
        r = float(v)
        if r == 0 or r == INF:
            return False
        d = (v - Fraction(r)) / Fraction(math.ulp(r))
    else:
        v2 = f ** (2 * n + 1)
        rr = Fraction(float(f ** n * Fraction(math.sqrt(ax))))
        d = (v2 - rr * rr) / (2 * rr * Fraction(math.ulp(float(rr))))
    frac = d - round(d)
    return abs(frac) > Fraction(4, 10)


def show(r):
    return repr(r)


def p1(xs, out):
    for i in range(len(xs)):
        out[i] = xs[i] ** 1.0


def p2(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** 2.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pm1(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -1.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def phalf(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** 0.5
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def p15(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** 1.5
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pm15(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -1.5
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pmhalf(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -0.5
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def p3(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** 3.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def p4(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** 4.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pm2(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -2.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pm3(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -3.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


def pm4(xs, out):
    for i in range(len(xs)):
        try:
            out[i] = xs[i] ** -4.0
        except ArithmeticError as e:
            out[i] = type(e).__name__ + ": " + str(e)


# Int exponents and int bases mixed with floats.
def mixed(n):
    out = []
    for i in range(-n, n + 1):
        x = i * 0.75
        out.append((x ** 2, x ** 3, x ** -1 if i else 0, i ** 2.0, i ** 3.0, abs(i) ** 0.5, abs(i) ** 1.5))
    return out


def fold(values):
    h = 0
    for v in values:
        h = (h * 1000003 ^ hash(v)) % 2 ** 61
    return h


def run(f, xs):
    out = [0.0] * len(xs)
    f(xs, out)
    return out


# Ordinary bases first, so that the iteration a trace records (after about
# a thousand, by default) computes a float power in the trace's ranges.
WARM = [1.25 + k * 0.37 for k in range(40)]
WARM_LONG = [1.25 + k * 0.0137 for k in range(1600)]

FUNCS = [("1.0", p1), ("2.0", p2), ("-1.0", pm1), ("0.5", phalf), ("1.5", p15), ("-1.5", pm15),
         ("-0.5", pmhalf), ("3.0", p3), ("4.0", p4), ("-2.0", pm2), ("-3.0", pm3), ("-4.0", pm4)]

for name, f in FUNCS:
    c = float(name)
    xs = WARM + [x for x in EDGE if not near_halfway(x, c)]
    print("x **", name, "skipped", len(WARM) + len(EDGE) - len(xs))
    warm = run(f, [x for x in WARM_LONG if not near_halfway(x, c)])
    print("x **", name, "warm-up", fold(warm), repr(warm[-1]))
    res = None
    for rep in range(8):
        r = run(f, xs)
        if res is not None and [show(v) for v in r] != [show(v) for v in res]:
            print("unstable results for", name)
        res = r
    for x, v in zip(xs, res):
        print("  ", repr(x), show(v))


# Pseudo-random bases (a 64-bit LCG), in ranges that straddle the in-trace
# limits without reaching overflow; the results are folded into a hash.
def lcg_floats(n, seed, lo_exp, hi_exp, signed):
    out = []
    s = seed
    span = hi_exp - lo_exp
    for _ in range(n):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        m = 1.0 + (s >> 11) / 2.0 ** 53
        e = (s >> 3) % span + lo_exp
        x = math.ldexp(m, e)
        if signed and s & 1:
            x = -x
        out.append(x)
    return out


RANDOM = [("1.0", p1, -1074, 1023, True), ("2.0", p2, -1074, 511, True), ("-1.0", pm1, -1022, 1023, True),
          ("0.5", phalf, -1074, 1023, False), ("1.5", p15, -650, 650, False), ("-1.5", pm15, -650, 650, False),
          ("-0.5", pmhalf, -650, 650, False), ("3.0", p3, -250, 250, True), ("4.0", p4, -250, 250, True),
          ("-2.0", pm2, -250, 250, True), ("-3.0", pm3, -250, 250, True), ("-4.0", pm4, -250, 250, True)]

for name, f, lo, hi, signed in RANDOM:
    c = float(name)
    xs = [x for x in lcg_floats(2000, len(name) * 7919 + lo, lo, hi, signed) if not near_halfway(x, c)]
    r = run(f, xs)
    print("random x **", name, len(r), fold(r), repr(r[0]), repr(r[-1]))

for t in mixed(6):
    print(t)
m = mixed(400)
print(len(m), fold([v for t in m for v in t]))
print((-8.0) ** 0.5, (-8.0) ** 1.5, (-2.0) ** -0.5)
print(0.0 ** -1.5)
