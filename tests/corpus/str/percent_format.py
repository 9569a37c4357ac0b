# printf-style % formatting: every conversion, flags, width/precision, * and dicts, errors.
print("%s|%r|%a" % ("é", "é", "é"), "%s" % [1, "x"], "%s" % (1,), "%s %s" % ("a", "b"), "%%" % (), "100%%" % ())
for spec in ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%x", "%X", "%#x", "%#X", "%o", "%#o", "%e", "%E", "%f", "%F", "%g", "%G", "%c"]:
    vals = [65, -65, 0] if spec != "%c" else [65, 8364, 0x1F600]
    print(spec, [spec % v for v in vals])
for spec in ["%f", "%.2f", "%10.3f", "%-10.1f|", "%+.0f", "%#.0f", "%e", "%.3e", "%g", "%.3g", "%#g", "%G", "%010.2f", "% .2f"]:
    print(spec, [spec % v for v in (3.14159, -0.000012345, 1e20, 0.0, float("inf"), float("nan"))])
print("%s and %s" % ("a", "b"), "%(name)s is %(age)d" % {"name": "ann", "age": 30}, "%(x)r %(x)s" % {"x": "q"})
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159), "%*.*f" % (8, 3, 2.5), "%-*s|" % (6, "ab"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"), "%c%c" % ("x", 121), "%r" % (None,), "%d" % True, "%s" % True)
print("%d %d" % (2**70, -(2**70)), "%x" % 2**70, "%.3f" % (1 / 3), "%5.1f%%" % 99.5, "%i" % 3.99, "%d" % -3.99)
print("%s" % {"a": 1}, "%(a)s" % {"a": [1]}, "%s %s" % (None, ...), "%-6.2f|" % 1.005, "%e" % 0)
tests = [
    lambda: "%d" % "x",
    lambda: "%d %d" % (1,),
    lambda: "%d" % (1, 2),
    lambda: "%s %s" % "ab",
    lambda: "%z" % 1,
    lambda: "%(a)s" % (1,),
    lambda: "%(a)s" % {"b": 1},
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%x" % 1.5,
    lambda: "%f" % "1",
    lambda: "%" % (),
    lambda: "%(a" % {"a": 1},
    lambda: "%*d" % ("x", 1),
    lambda: "abc" % 5,
    lambda: "%s" % (),
    lambda: "%.2f" % None,
    lambda: "%o" % 2.0,
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print("%s" % "only", "%s" % ("tuple",), "%s" % (("nested",),), "abc" % (), "abc" % {"unused": 1})
rows = [("widget", 3, 2.5), ("gizmo", 12, 0.75)]
for name, qty, price in rows:
    print("%-10s x%3d @ %6.2f = %8.2f" % (name, qty, price, qty * price))
