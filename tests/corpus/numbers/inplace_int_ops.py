# augmented assignment on ints: *=, //=, %=, &=, |=, ^= with signs, zero
# divisors, results past 64 bits, bools and mixed int/float operands.

vals = [0, 1, -1, 7, -7, 12345, -12345, 2**31 - 1, -(2**31), 2**31, 2**62, -(2**63), 2**63 - 1, 2**64, True, False, 2.5]
for a in vals:
    row = []
    for b in [1, -1, 3, -3, 7, 2**31 - 1, 2**31, -(2**31) + 1, 2**40, 0, True, 1.5]:
        for op in ("*", "//", "%", "&", "|", "^"):
            x = a
            try:
                if op == "*":
                    x *= b
                elif op == "//":
                    x //= b
                elif op == "%":
                    x %= b
                elif op == "&":
                    x &= b
                elif op == "|":
                    x |= b
                else:
                    x ^= b
                row.append(repr(x))
            except (ZeroDivisionError, TypeError) as e:
                row.append(type(e).__name__)
    print(a, " ".join(row))

def lcg(n):
    x = 1
    y = 0
    for _ in range(n):
        x *= 1103515245
        x += 12345
        x &= 0x7FFFFFFF
        y ^= x
        y |= 1
        t = x
        t //= 7
        t %= 1000
        y += t
    return x, y
print(lcg(1000))
m = 5
try:
    m //= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    m %= 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
z = 3
z *= "ab"
print(z)
m %= 0
