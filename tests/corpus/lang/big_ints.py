# Big ints: factorials, powers, conversions, comparisons.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f50 = fact(50)
print(f50, len(str(f50)), f50 % 97, f50 // fact(48))
print(2 ** 200 > 10 ** 60, -(2 ** 70) < 0, 2 ** 64 == 18446744073709551616)
print(int("9" * 30) + 1, hex(2 ** 70), (2 ** 70).bit_length(), abs(-(3 ** 50)))
print(float(2 ** 80), 2 ** 80 / 3, (10 ** 30) // 7, -(10 ** 30) // 7, (10 ** 30) % -7)
a = 1
for _ in range(100):
    a = a * 3 + 1
print(a, a & 0xFFFF, a >> 100, a == a + 0, {2 ** 65: "x"}[2 ** 65])
print(pow(3, 200, 10 ** 9 + 7), divmod(10 ** 25, 12345))
