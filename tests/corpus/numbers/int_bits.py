# Shifts and bitwise operators on negative and big ints; bit_length/bit_count.
for a in [0, 1, -1, 5, -5, 255, -256, 2**63, -(2**63), 2**100 + 1]:
    print(a, ~a, a & 0xFF, a | 0x0F, a ^ -1, a >> 1, a >> 3, a << 3, a >> 200, a.bit_length(), a.bit_count())
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**70, -1), (-(2**70), 2**69 + 5), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b)
print(1 << 0, 1 << 62, 1 << 63, 1 << 64, 1 << 200 >> 199, -1 << 70, -1 >> 70, (2**64 - 1) >> 32)
print(-7 >> 1, -8 >> 1, -1 >> 1, 7 >> 1, -(2**65) >> 64, -(2**65 + 1) >> 64)
for a, n in [(1, -1), (1, -100)]:
    try:
        print(a << n)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(a >> n)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    1 << 2**70
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(1 >> 2**70, -1 >> 2**70, 0 << 2**70)
for bad in [lambda: 1 & 1.0, lambda: 1.5 | 2, lambda: 1 << 1.0, lambda: ~1.5, lambda: "a" ^ 1, lambda: 1 >> "2"]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(True & True, True | 2, True ^ True, ~True, ~False, True << 3, type(True & False).__name__, type(True & 1).__name__)
x = 0b1010
x &= 0b0110
x |= 0b1000
x ^= 0b0001
x <<= 2
x >>= 1
print(x, bin(x))
print((0).bit_length(), (1).bit_length(), (-1).bit_length(), (255).bit_length(), (256).bit_length(), (-256).bit_length(), (2**1000).bit_length())
print((0).bit_count(), (-1).bit_count(), (2**1000 - 1).bit_count(), (-255).bit_count(), int.bit_length(7), int.bit_count(7))
mask = 0
for bit in (0, 3, 5, 64):
    mask |= 1 << bit
print(mask, [b for b in range(70) if mask >> b & 1], mask & ~(1 << 3), hex(mask))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

print([popcount(i) for i in range(17)] == [i.bit_count() for i in range(17)])
