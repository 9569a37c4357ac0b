# format() builtin and __format__: every spec field on ints, floats and strs.
specs_int = ["", "d", "5", "<5", ">5", "^5", "*^7", "+", "-", " ", "05", "+05", "=+8", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b", ",", "_", "_x", "_b", "n", "e", ".2f", "%", "g"]
for s in specs_int:
    print(repr(s), [format(v, s) for v in (0, 42, -42, 1234567)])
specs_float = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.2f", "^10.2f", "+.1f", " .1f", "010.2f", ",.2f", "_.3f", "#.0f", "#g", ".0e", "n", ".10g", "=+10.1f"]
for s in specs_float:
    print(repr(s), [format(v, s) for v in (0.0, 3.14159, -2.5, 1234567.891, 1e-7, 1e20)])
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "e", "g", "%", "010f", "+f", "^9"]])
for s in ["", "s", "10", "<10", ">10", "^10", "-^9", ".2", "10.3", "=^5"]:
    print(repr(s), repr(format("hello", s)))
print(format(True), format(True, "d"), format(False, ">5"), format(None), format([1, 2]))
try:
    format((1,), ">8")
except TypeError as e:
    print(type(e).__name__, e)
print(format(2**70, ","), format(-(2**70), "_x"), format(10**20, "e"), format(123, ".3e"))
print(format(1.5, ""), format(1e16, ""), format(1e16, "g"), format(0.1, ".17g"), format(100.0, "g"), format(1e-5, ".2g"))

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        return f"{self.c:{spec}}C"

t = Temp(21.5)
print(format(t), format(t, "F"), format(t, ">8"), f"{t:F} and {t}")
bad = [(5, "s"), ("x", "d"), (1.5, "d"), (5, ".2d" if False else "z"), (5, "=<<5"), ("s", "="), ("s", "+"), (1.5, "x"), (5, ",d,"), (5, ",_"), (5, "_,"), (1.5, "c"), ("s", ","), (object(), "d"), (5, "#c"), (-1, "c"), (0x110000, "c")]
for v, s in bad:
    try:
        print(format(v, s))
    except Exception as e:
        print(type(e).__name__, e)

class BadFormat:
    def __format__(self, spec):
        return 1

try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(65, "c"), format(0x1F600, "c"), format(3, "08.3f"), format(-3, "08.3f"), format(1234.5, "012,.1f"))
