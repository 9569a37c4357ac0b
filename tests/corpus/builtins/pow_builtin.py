# pow() with two and three arguments, ** on ints and floats, and errors.
for b, e in [(2, 10), (2, 0), (0, 0), (-2, 3), (-2, 4), (2, -1), (-2, -2), (10, 20), (7, 100)]:
    print(b, e, pow(b, e), b ** e)
for b, e in [(2.0, 3), (2, 0.5), (4, -0.5), (-8, 1 / 3 * 3), (0.0, 0), (1.5, 2), (-1.5, 3), (10.0, -2)]:
    print(b, e, pow(b, e))
print(pow(2, 100), pow(-3, 41), pow(3, 200) % 1000)
for b, e, m in [(2, 10, 1000), (3, 200, 13), (-2, 3, 5), (2, 3, -5), (5, 0, 7), (5, 0, 1), (7, -1, 10), (3, -2, 11), (10**30, 10**20, 97)]:
    print(b, e, m, pow(b, e, m))
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
print(pow(True, 2), pow(2, True), pow(False, 0))
print(pow(-1, 0.5) if False else "skip complex")
cases = [
    (0, -1, None), (0.0, -1, None), (2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5),
    ("2", 3, None), (2, "3", None), (10.0, 400, None), (1e308, 2, None),
]
for b, e, m in cases:
    try:
        print(pow(b, e) if m is None else pow(b, e, m))
    except Exception as ex:
        print(type(ex).__name__, ex)
print(pow(-8.0, 1.0 / 3) if False else "skip")
print((-2) ** 0.5 == (-2) ** 0.5 if False else "complex elsewhere")
print(0 ** 0, 0.0 ** 0.0, 1 ** float("nan"), float("nan") ** 0, float("inf") ** -1, 2 ** float("-inf"))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)

print(P() ** 2, pow(P(), 2, 9), 2 ** P())
try:
    pow(2, P(), 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 4
print(x)
x **= -1
print(x)
