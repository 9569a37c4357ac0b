# Ints just beyond int64 (kept inline up to 128 bits) against CPython: an LCG
# reduced mod 2**64, the 128-bit boundaries, mixed signs for // and %, shifts,
# bitwise operators, hashing, formatting and conversions.
x = 1
out = []
for i in range(200):
    x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
    out.append(x >> 33)
print(sum(out), x, hex(x), hash(x), float(x), str(x), x.bit_length(), -x, abs(-x), x // 7, x % -7, -x // 7, -x % 7)
y = 2**127 - 1
print(y, y + 1, -y - 1, y * 2, (y * 2) // 3, 2**100 * 2**27, 2**64 // 2**64, (-2**64) >> 3, 2**65 & 2**65 + 3, 2**64 | 1, 2**64 ^ 2**63)
print({2**64: 1}[2**64], 2**64 == 2**64, 2**64 < 2**65, -2**70 < 2**64, 2**64 in {2**64}, [2**64 + i for i in range(3)])
print(f"{2**100:,}", "%d" % 2**70, format(2**80, "x"), round(2**70 / 3), divmod(2**90, 12345), divmod(-2**90, 12345), pow(3, 80), pow(3, 80, 2**64), int("9" * 30))
print((2**64).to_bytes(9, "big"), int.from_bytes(b"\xff" * 12, "little"), 10**38 * 10, True + 2**64, 2**64 * False)
try:
    2**64 // 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2**64 << -1
except ValueError as e:
    print(type(e).__name__, e)
print(1 << 127, 1 << 128, (1 << 127) << 1, 3 << 126, (2**64 - 1) * (2**64 - 1), (2**64) * (2**64), -(2**63) * 2, (-2**63) * (-2**63))
