# Big ints: arithmetic across the 64-bit boundary, str/int conversion, comparisons, hashing.
edge = [2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64]
for v in edge:
    print(v, v + 1, v - 1, v * 2, -v, abs(v), v // 3, v % 1000, v == float(v), v < 2**63)
print(2**63 - 1 + 1, -(2**63) - 1, (2**63) * (2**63), (2**32) * (2**32), -(2**63) * -1, -(2**63) // -1)
f = 1
for i in range(1, 31):
    f *= i
print(f, len(str(f)), f % (10**9 + 7), f // 10**20, str(f)[::-1][:10])
fib = [0, 1]
for _ in range(150):
    fib.append(fib[-1] + fib[-2])
print(fib[-1], fib[100] % 997, sum(fib) % 10**12)
print(int("9" * 50) + 1, int("-" + "1" * 40) * 2, 10**50 - 10**49, 12345678901234567890 * 98765432109876543210)
print(2**200 > 2**199, -(2**200) < -(2**199), 2**100 == 2**100, 2**100 == 2.0**100, 2**100 + 1 == 2.0**100, 2**100 + 1 > 2.0**100)
print(max(2**70, 2**69), min(-(2**70), 0), sorted([2**65, -(2**65), 0, 2**64]), sum([2**62] * 8))
print(hash(2**100) == hash(2**100 % (2**61 - 1)), {2**80: "big"}[2**80], 2**80 in {2**80}, round(2**70 + 5, -1))
print(str(-(10**25)), repr(10**25), f"{10**25:,}", f"{-(2**70):x}", format(2**70, "e"), float(10**25), int(1e25))
print(10**25 // 7, -(10**25) // 7, 10**25 % -7, divmod(-(10**25), 10**12 + 1))
print(abs(-(2**64)), (-(2**64)).bit_length(), (2**64) ** 3, (2**64) >> 60, ((2**64) - 1) & 0xFFFF)
x = 1
for i in range(100):
    x = x * 3 + 1
print(x, x.bit_length(), x % 2**64, -x % 2**64)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:70])
try:
    str(10**5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:70])
print(len(str(10**4000)), len(hex(10**5000)))
