# int ** with negative bases and exponents, big results, 3-arg pow, modular inverse.
for b in [-3, -2, -1, 0, 1, 2, 3]:
    print(b, [b ** e for e in range(0, 6)], [b ** e for e in (-1, -2) if b != 0])
print(2 ** 64, 2 ** 100, (-2) ** 63, -2 ** 2, (-2) ** 2, 2 ** -1, 2 ** -3, (-2) ** -3, 10 ** -2)
print(3 ** 3 ** 2, (3 ** 3) ** 2, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), 0 ** 0, 1 ** -5, (-1) ** 10**9)
print(len(str(7 ** 1000)), str(3 ** 500)[:20], 7 ** 1000 % 10**9, (10 ** 50 + 1) ** 2)
for b, e, m in [(2, 100, 13), (3, 10**18, 10**9 + 7), (-5, 3, 7), (5, 3, -7), (-5, 3, -7), (4, -1, 7), (3, -5, 11), (10**20, 10**20, 10**9 + 9), (0, 0, 5), (7, 0, 1)]:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, -1, 4), (0, -1, 5), (2, 5, 0), (6, -2, 9)]:
    try:
        print(pow(b, e, m))
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0 ** -2.5 if False else 0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
for b, e in [(2, 1023), (2, 1024), (2.0, 1024), (10, 308.5)]:
    try:
        print(float(b ** e) if isinstance(b ** e, int) else b ** e)
    except OverflowError as ex:
        print(type(ex).__name__, ex)
x = 3
x **= 2
x **= 2
print(x, type(2 ** -1).__name__, type(2 ** 2).__name__, type(True ** 2).__name__, True ** -1)
print([n for n in range(2, 50) if pow(2, n - 1, n) == 1], sum(pow(i, 2) for i in range(10)))
print(pow(3, -1, 7) * 3 % 7, pow(38, -1, 97), pow(-1, -1, 5))
