# int methods and attributes: as_integer_ratio, conjugate, real/imag/numerator/denominator, to_bytes/from_bytes, int.__new__ paths.
for v in [0, 7, -7, 2**70, True]:
    print(v, v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator, type(v.real).__name__)
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
print((2**64).to_bytes(9, "big"), int.from_bytes((2**64).to_bytes(9, "big"), "big") == 2**64, (1024).to_bytes(length=2, byteorder="big"))
tests = [
    lambda: (256).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: (1).to_bytes(1, "middle"),
    lambda: (1).to_bytes(-1, "big"),
    lambda: int.from_bytes("ab", "big"),
    lambda: (128).to_bytes(1, "big", signed=True),
    lambda: (5).as_integer_ratio(1),
    lambda: (5).bit_length(1),
    lambda: (5).nosuch,
    lambda: int.real.__get__(None),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(int.__name__, (5).__class__.__name__, int(5).__int__(), (5).__index__(), (5).__float__(), (5).__abs__(), (-5).__neg__(), (5).__pos__())
print((5).__add__(3), (5).__radd__(3), (5).__sub__(1.5), (5).__mul__("a"), (7).__floordiv__(2), (7).__mod__(-2), (2).__pow__(10), (2).__pow__(10, 7))
print((5).__eq__(5), (5).__eq__(5.0), (5).__lt__(6), (5).__hash__() == hash(5), (5).__bool__(), (0).__bool__(), (5).__trunc__(), (5).__round__(-1))
print((5).__format__("03"), (5).__repr__(), (5).__str__(), (5).__sizeof__() > 0, (5).__invert__(), (5).__lshift__(2), (5).__and__(3))

class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"

m = MyInt(41)
print(m, m + 1, type(m + 1).__name__, m.real, type(m.real).__name__, m.numerator, -m, abs(m), m.bit_length(), m.as_integer_ratio())
print(int.__new__(MyInt, 3), MyInt("ff", 16), MyInt(), isinstance(MyInt(2), int), MyInt(2) == 2, hash(MyInt(2)) == hash(2))
print(sorted([MyInt(3), 1, MyInt(2)]), max(MyInt(9), 8), f"{MyInt(255):#x}", str(MyInt(7)), "%d" % MyInt(3))
