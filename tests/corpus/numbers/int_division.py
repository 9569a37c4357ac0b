# int // and % with every sign combination, big ints, divmod identity, true division.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (3, 7), (-3, 7), (6, -3), (1, 1), (-1, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b, a / b, divmod(a, b), (a // b) * b + a % b == a)
big = 10**30 + 7
for a, b in [(big, 10**15), (-big, 10**15), (big, -7), (-big, -(10**20)), (2**64, 2**32), (-(2**63), -1), (-(2**63), 2), (2**63 - 1, -1)]:
    print(a // b, a % b, (a // b) * b + a % b == a)
print(10**40 // 10**20, 10**40 % (10**20 + 1), -(10**40) // 3, -(10**40) % 3)
print(1 / 3, 2 / 2, 10 / 4, -7 / 2, 10**20 / 10**10, 2**53 / 1, (2**53 + 1) / 1, 10**300 / 10**299)
print(10**400 // 10**399, 10**400 % 7, (10**400 + 1) / 10**400, 1 / 10**400)
for a, b in [(1, 0), (0, 0), (10**30, 0), (-1, 0)]:
    for op in ["//", "%", "/"]:
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                a / b
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    10**400 / 3
except OverflowError as e:
    print(type(e).__name__, e)
try:
    1 / (10**400)
    print("tiny ok", 10**400 / 10**399)
except OverflowError as e:
    print(type(e).__name__, e)
x = 17
x //= 5
print(x)
x %= 2
print(x)
x = 5
x /= 2
print(x, type(x).__name__)
print(True // 2, True % 2, 7 // True, False / True, -True // 2, True / 3)
print(sum(i % 7 for i in range(-50, 50)), [(-i) // 4 for i in range(8)], [i % -3 for i in range(-4, 5)])
