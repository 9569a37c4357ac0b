# int(): from numbers, strings in every base, underscores, whitespace, and errors.
print(int(), int(5), int(-5.9), int(5.9), int(True), int(-0.0), int(1e20), int(" 42 "), int("-0"))
print(int("+17"), int("\t\n 8 \r"), int("1_000_000"), int("0b1010", 0), int("0o17", 0), int("0x_ff", 0))
print(int("ff", 16), int("FF", 16), int("z", 36), int("Z", 36), int("777", 8), int("101", 2), int("10", 3))
print(int("0b11", 2), int("0o11", 8), int("0x11", 16), int("11", 0), int("0", 0), int("00", 0), int("-0x10", 0))
print(int("1_2_3", 10), int("f_f", 16), int("0_0", 0), int("  -1_0  "), int("٣٤"), int("１２"))
print(int("123456789012345678901234567890"), int("-" + "9" * 40), int("1" * 64, 2))
print(int(x="12") if False else int("12", base=10), int(base=2, x="11") if False else "kw x is positional")

class WithInt:
    def __int__(self):
        return 7

class WithIndex:
    def __index__(self):
        return 9

print(int(WithInt()), int(WithIndex()), int("12", WithIndex()))
print(int(b"42"), int(bytearray(b" 7 ")), int(b"ff", 16))
bad_strings = ["", " ", "1.5", "1e5", "abc", "1_", "_1", "1__0", "0x10", "0b2", "08", "- 1", "++1", "1 2", "0x", "١.٢"]
for s in bad_strings:
    try:
        print(int(s))
    except ValueError as e:
        print(type(e).__name__, e)
for s, b in [("12", 2), ("9", 8), ("g", 16), ("08", 0), ("0b12", 0), ("12", 37), ("12", 1), ("12", -1), ("0x1", 10)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(None,), ([1],), (1.5, 10), (12, 10), ("1", "2"), (float("inf"),), (float("nan"),), (float("-inf"),), ("1", 2, 3)]:
    try:
        print(int(*args))
    except Exception as e:
        print(type(e).__name__, e)

class BadInt:
    def __int__(self):
        return "seven"

try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("x" * 100)
except ValueError as e:
    print(type(e).__name__, e)
print(int(" 0b_1_1 ", 0), int("-0o_7", 0))
int("twelve")
