# Assorted syntax: chained comparisons, ternaries, walrus, augmented assignment targets, swaps.
a, b, c = 1, 5, 10
print(a < b < c, a < b > c, 1 == 1.0 != 2, a if a > b else b)
a, b = b, a
print(a, b)
data = [1, 2, 3, 4, 5, 6]
if (n := len(data)) > 5:
    print("long list", n)
while (item := data.pop()) > 4:
    print("popped", item)
print(data)


class Box:
    pass


box = Box()
box.count = 1
box.count += 5
box.count *= 2
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 10
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(box.count, d, grid)
x = 5
x //= 2
x **= 3
x %= 5
x <<= 4
x |= 1
print(x, -x, +x, ~x, not x)
print(0 or "default", "" and "never", None or [] or "last", 1 and 2)
s = "abc"
print(s * 2 if s else "empty", [i for i in range(3)] if s else None)
print(*range(3), sep=", ")
assert isinstance(x, int)
t = 1,
print(t, type(t).__name__, (1, 2) + t)
print(divmod(-17, 5), -17 // 5, -17 % 5, 17 // -5, round(-0.5), round(1.5))
print(1_000_000, 0x_ff, 0o17, 0b101, 1e3, 2.5e-3, 10 ** -2)
