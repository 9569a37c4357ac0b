# any() and all(): truthiness, short-circuiting, empty iterables, errors.
print(any([]), all([]), any([0]), all([0]), any([0, 1]), all([1, 1]), any(""), all(""))
print(any([None, "", 0.0, [], {}]), all(["x", 1, [0], (None,)]), any("abc"), all(range(1, 5)), all(range(5)))
print(any({0: "a"}), all({1: 0, 2: 0}), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))

def watch(values):
    for v in values:
        print("  yield", v)
        yield v

print(any(watch([0, 0, 5, 0, 7])))
print(all(watch([1, 2, 0, 3])))
print(any(watch([])), all(watch([])))

class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v

print(any([Truth(False), Truth(True), Truth(True)]))
print(all([Truth(True), Truth(False), Truth(True)]))

class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(any([LenOnly(0), LenOnly(0)]), all([LenOnly(1), LenOnly(2)]), any([LenOnly(0), LenOnly(3)]))

class BadBool:
    def __bool__(self):
        return 1

class Exploding:
    def __bool__(self):
        raise RuntimeError("bool exploded")

for bad in [lambda: any(5), lambda: all(None), lambda: any([BadBool()]), lambda: all([Exploding()]),
            lambda: any(), lambda: all([1], [2]), lambda: any([LenOnly(-1)])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
it = iter([1, 0, 5])
print(all(it), list(it))
grid = [[1, 2], [3, 0], [5, 6]]
print(all(all(row) for row in grid), any(all(row) for row in grid), [all(r) for r in grid])
