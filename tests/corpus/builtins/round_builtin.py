# round(): banker's rounding, ndigits (positive, zero, negative), ints, errors.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675, 1e300, -0.0, 7.0]:
    print(v, round(v), type(round(v)).__name__, round(v, 0), round(v, 1))
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (123.456, -1), (123.456, -2), (155.0, -1), (165.0, -1), (1234.5678, 3), (0.1 + 0.2, 15), (1e-20, 25), (5e-324, 400), (1.5, -400)]:
    print(v, n, round(v, n))
for v, n in [(12345, -1), (12345, -2), (15, -1), (25, -1), (-25, -1), (35, -1), (12345, 2), (10**25 + 5 * 10**5, -6), (-150, -2), (250, -2), (7, 0), (7, -400)]:
    print(v, n, round(v, n), type(round(v, n)).__name__)
print(round(True), round(False, 2), round(5, None), round(2.5, None))
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(round(v))
    except Exception as e:
        print(type(e).__name__, e)
    print(round(v, 2))
for args in [("1.5",), (1.5, 1.5), (1.5, "2"), (None,)]:
    try:
        print(round(*args))
    except Exception as e:
        print(type(e).__name__, e)

class R:
    def __round__(self, n=None):
        return ("rounded", n)

print(round(R()), round(R(), 3))

class NoRound:
    pass

try:
    round(NoRound())
except TypeError as e:
    print(type(e).__name__, e)
print(round(1e16 + 1.0), round(2**53 + 0.5), round(4.5), round(-4.5), round(0.5 + 1e-16))
print([round(x / 10) for x in range(-30, 31, 5)])
