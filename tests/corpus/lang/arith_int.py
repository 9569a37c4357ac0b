# Integer arithmetic: small and big ints, floor division and modulo signs.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(2 ** 64, 2 ** 100 - 1, -(2 ** 63), 2 ** 63 - 1 + 1)
big = 1
for i in range(1, 30):
    big *= i
print(big, big // 7, big % 1000007, -big)
print(9223372036854775807 + 1, -9223372036854775808 - 1)
print(3037000500 * 3037000500, 123456789 * 987654321)
print(1 << 70, (1 << 70) >> 68, 255 & 15, 8 | 3, 6 ^ 3, ~5)
print(abs(-12), abs(12), pow(3, 4), pow(3, 4, 5), pow(2, -1))
print(int("123"), int("-0x1f", 16), int(" 42 "), int(3.99), int(-3.99))
print(hash(1), hash(-1), hash(2 ** 61), hash(True))
print(10 ** 20 // 3, 10 ** 20 % 7, (10 ** 20) // (10 ** 18))
print(True + True, True * 3, False - 1)
