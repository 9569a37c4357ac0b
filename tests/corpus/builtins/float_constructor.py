# float(): strings (inf/nan spellings, exponents, underscores), numbers, errors.
print(float(), float(3), float(-0), float(True), float("1.5"), float(" -2.25 "), float("1e3"), float("1E-3"))
print(float("inf"), float("-inf"), float("+inf"), float("INF"), float("Infinity"), float("-iNfInItY"))
print(float("nan"), float("-nan"), float("NaN"), float("+NAN"))
print(float(".5"), float("5."), float("1_000.000_1"), float("1e1_0"), float("0x10" if False else "16"))
print(float("1e308"), float("1e309"), float("-1e309"), float("1e-320"), float("1e-400"), float("-0.0"))
print(float("123456789012345678901234567890"), float(10**30), float(2**53 + 1), float("0.1"), float("\n3.25\t"))
print(float("١٫٥" if False else "١.٥"), float("  ７  "))
print(float(2**1023 * 2 - 1) if False else "big", float(10**308))

class F:
    def __float__(self):
        return 2.5

class I:
    def __index__(self):
        return 4

print(float(F()), float(I()))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "inf inity", "nan(1)", "1,5", "0x1p3", "--1", "in", "infinit"]
for s in bad:
    try:
        print(float(s))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [None, [1.0], {}, "1" * 0]:
    try:
        print(float(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)

class BadFloat:
    def __float__(self):
        return 1

try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
print(float(b"2.5"), float("  1e-5  "), float("0e0"), float("-0e-0"), float("00001.5"))
for s in ["1.7976931348623157e308", "1.7976931348623159e308", "2.2250738585072014e-308", "4.9e-324", "2.4e-324"]:
    print(s, float(s))
float("one point five")
