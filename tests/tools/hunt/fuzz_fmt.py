#!/usr/bin/env python3
"""Format fuzz: format() specs, %-formatting and round() of random values.

Usage: fuzz_fmt.py SEED > out  (run under python3 and hotloop, diff the
outputs). Specs are built from the format-spec grammar (fill, align, sign,
z, #, 0, width, grouping, precision, type) over ints, big ints, floats
(also inf/nan/-0.0) and complex numbers.
"""
import random, sys
r = random.Random(int(sys.argv[1]))
vals = [0, 1, -1, 7, 255, -255, 10**6, -123456789, 2**64 + 1, -(2**70), True,
        0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.1, 1/3, 1e16, 1.5e-7, 123456.789, -9.999, 1e300, 5e-324,
        float('inf'), float('-inf'), float('nan'), 1e22, 999999.5, 0.00001234, 12345678901234567.0,
        complex(1, 2), complex(-0.0, 1.5), complex(1e20, -3)]
types_int = "bcdoxXn%eEfFgG"
types_float = "eEfFgGn%"
lines = []
for _ in range(3000):
    v = r.choice(vals)
    spec = ""
    if r.random() < 0.3:
        spec += r.choice(["", "*", "0", "_", "x"]) + r.choice("<>^=")
    if r.random() < 0.4:
        spec += r.choice("+- ")
    if r.random() < 0.1:
        spec += "z"
    if r.random() < 0.2:
        spec += "#"
    if r.random() < 0.2:
        spec += "0"
    if r.random() < 0.5:
        spec += str(r.randint(0, 25))
    if r.random() < 0.25:
        spec += r.choice(",_")
    if r.random() < 0.5:
        spec += "." + str(r.randint(0, 20))
    if r.random() < 0.8:
        spec += r.choice(types_int if isinstance(v, int) else types_float + "")
    try:
        out = format(v, spec)
    except Exception as e:
        out = "ERR " + type(e).__name__
    lines.append("%r %r %r" % (v, spec, out))
    pct = r.choice(["%d", "%5.2f", "%-8g", "%+e", "%#x", "%o", "%r", "%s", "%10.3G", "%%", "%c", "%i", "%u", "%X", "%.0f", "%#.3g", "% d", "%05d", "%*d"])
    try:
        if pct == "%*d":
            out = pct % (5, v)
        else:
            out = pct % (v,)
    except Exception as e:
        out = "ERR " + type(e).__name__
    lines.append("%r %r" % (pct, out))
    try:
        out = str(round(v, r.randint(-3, 5))) if not isinstance(v, complex) else ""
    except Exception as e:
        out = "ERR " + type(e).__name__
    lines.append(out)
print("\n".join(lines))
