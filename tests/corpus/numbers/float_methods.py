# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, __round__ and friends.
for v in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e20, 1e-20, 5e-324, 1.7976931348623157e308]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x0.0000000000001p-1022", "  0x10  ", "0x1.0", "1", "0x.8", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.00000000000008p0"]:
    print(repr(s), float.fromhex(s))
for s in ["", "0x", "0xg", "0x1p", "1.5x", "0x1p1024", "0x1.fffffffffffff8p1023"]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v, v.is_integer(), v.hex())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((3.7).__trunc__(), (-3.7).__trunc__(), (3.5).__round__(), (3.25).__round__(1), (3.7).__floor__(), (-3.2).__ceil__(), (2.5).__int__())
print((1.5).__add__(1), (1.5).__radd__(True), (1.5).__mul__("x"), (7.5).__floordiv__(2), (-7.5).__mod__(2), (2.0).__pow__(-1), (1.5).__eq__(1.5), (1.5).__lt__(2))
print(float.__name__, (1.5).__class__.__name__, (1.5).__hash__() == hash(1.5), (1.5).__bool__(), (0.0).__bool__(), (1.5).__neg__(), (-1.5).__abs__(), (1.5).__format__(".3f"))
tests = [
    lambda: float.fromhex(1),
    lambda: (1.5).hex(1),
    lambda: (1.5).is_integer(1),
    lambda: (1.5).nosuch,
    lambda: float.fromhex("0x1p99999999999999"),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class MyFloat(float):
    def __repr__(self):
        return f"MyFloat({float(self)})"

m = MyFloat(2.5)
print(m, m + 1, type(m * 2).__name__, m.is_integer(), m.as_integer_ratio(), m.hex(), round(m), int(m), -m, MyFloat("1e3"), MyFloat.fromhex("0x1p3"), type(MyFloat.fromhex("0x1p3")).__name__)
