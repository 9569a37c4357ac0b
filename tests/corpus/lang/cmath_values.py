# cmath over a grid of arguments: signed zeros, infinities, NaNs, huge
# and tiny (subnormal) magnitudes, the unit circle and the branch cuts.
# Every result must be CPython's to the bit (repr), every error its class
# and message.
import cmath

INF = float("inf")
NAN = float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, -3e-320, 1e-300, 1e300, -1.7e308, 800.0,
         -710.5, 3.0, INF, -INF, NAN]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh", "phase", "polar", "isfinite", "isinf", "isnan"]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError) as e:
        return "%s(%s)" % (type(e).__name__, e)


for name in names:
    f = getattr(cmath, name)
    for x in parts:
        print(name, " ".join(show(f, complex(x, y)) for y in parts))

print("rect")
for r in parts:
    print(" ".join(show(cmath.rect, r, phi) for phi in parts + [cmath.pi / 2, -cmath.pi, 1e22]))

print("log with a base")
for z in [1, 2.5, -3j, 1e-310, 0, complex(INF, 1)]:
    print(" ".join(show(cmath.log, z, b) for b in [2, 10, 1j, 0.5, 1, 0, -1, complex(1, 1e-300)]))

print("branch cuts")
for t in [1.5, 2.0, -1.5, -2.0, 10.0, -1e10]:
    for s in [0.0, -0.0]:
        print(t, s, show(cmath.sqrt, complex(-t, s)), show(cmath.log, complex(-t, s)),
              show(cmath.acos, complex(t, s)), show(cmath.asin, complex(t, s)),
              show(cmath.atanh, complex(t, s)), show(cmath.acosh, complex(t - 2, s)),
              show(cmath.asinh, complex(s, t)), show(cmath.atan, complex(s, t)))

print("near the unit circle")
for k in range(12):
    z = cmath.rect(1 + (k - 6) * 1e-9, k * 0.55)
    print(repr(z), show(cmath.log, z), show(abs, z), show(cmath.sqrt, z), show(cmath.atanh, z))

print("constants", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
