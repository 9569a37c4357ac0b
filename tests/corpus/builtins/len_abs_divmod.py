# len(), abs() and divmod() on builtins and user classes, with their errors.
print(len(""), len("héllo"), len([1, 2, 3]), len(()), len({1: 2}), len({1, 2, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)))
print(len(frozenset("abca")), len(b"bytes"), len(dict(a=1, b=2).keys()))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Sized(0)), len(Sized(7)))
for bad in [Sized(-1), Sized(2.5), Sized("3"), 5, None, 3.0, iter([])]:
    try:
        print(len(bad))
    except Exception as e:
        print(type(e).__name__, e)

print(abs(-3), abs(3), abs(0), abs(-0.0), abs(-2.5), abs(True), abs(False))
print(abs(-10**30), abs(float("-inf")), abs(-9223372036854775808))

class Neg:
    def __abs__(self):
        return "absolute"

print(abs(Neg()))
for bad in ["x", [1], None]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3)]:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (1, 0.3), (-0.0, 1.0), (5, float("inf")), (-5, float("inf"))]:
    print(a, b, divmod(a, b))
print(divmod(10**20, 7), divmod(-10**20, 7), divmod(10**20, -10**10 - 1))
print(divmod(True, 2), divmod(7, True))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), ("a", 1), (1, "a"), (None, 1)]:
    try:
        divmod(a, b)
    except Exception as e:
        print(type(e).__name__, e)

class DM:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)

print(divmod(DM(), 3), divmod(3, DM()))
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([], [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
