# str.format: auto/manual numbering, names, attributes, indexes, conversions, nested specs.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1]} {1[k]} {2.real} {2.imag}".format([10, 20], {"k": "v"}, 3), "{a[0][1]}".format(a=[[1, 2]]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}|".format("x"), "{:>{width}}|".format("r", width=5))
print("{:{fill}{align}{w}.{p}f}".format(3.14159, fill="*", align="^", w=12, p=3), "{0:{1}}|".format("ab", 6))
print("{{literal}} {{{}}}".format("in braces"), "{:%}".format(0.25), "{:,}".format(1234567), "{:_b}".format(255))
print("{0:>5}{0:<5}{0:^5}|".format("x"), "{:=+8.2f}".format(-3.5), "{:#o} {:#b} {:#x}".format(8, 5, 255))
print("{:c}{:c}".format(72, 105), "{:e}".format(12345.678), "{:.2%}".format(1 / 3), "{:g}".format(1e-7))

class Pt:
    def __init__(self):
        self.x, self.y = 1, 2
    def __format__(self, spec):
        return f"Pt<{spec}>"

p = Pt()
print("{0.x},{0.y} {0} {0:spec}".format(p), "{p.x}".format(p=p), "{:}".format(p))
print("{0[-1]}".format({"-1": "str key"}), "{0[1]}".format("abc"), "{0[a]}".format({"a": 1}))
print("{:d}".format(True), "{:s}".format("s"), "{!r:^10}".format(None), "{:10}|{:<10}|".format(5, 5))
print("a{}b{}c".format(*"XY"), "{k}".format(**{"k": "kw"}), "{0}{0}{0}".format("ha"))
tests = [
    lambda: "{}".format(),
    lambda: "{1}".format("a"),
    lambda: "{} {0}".format(1, 2),
    lambda: "{0} {}".format(1, 2),
    lambda: "{x}".format(y=1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0!x}".format(1),
    lambda: "{0.missing}".format(1),
    lambda: "{0[5]}".format([1]),
    lambda: "{0[a]}".format([1]),
    lambda: "{:d}".format("s"),
    lambda: "{:abc}".format(1),
    lambda: "{0:{1}}".format(1, "{}"),
    lambda: "{!}".format(1),
    lambda: "{0[}".format(1),
    lambda: "{:{:{}}}".format(1, 2, 3),
]
for t in tests:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__, e)
print("{name:>10}|{value:08.3f}|".format_map({"name": "pi", "value": 3.14159}))

class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"

print("{a} {b}".format_map(Default(a=1)))
table = [("Item", "Qty"), ("apple", 3), ("banana", 12)]
for a, b in table:
    print("{:<8}|{:>5}".format(a, b))
