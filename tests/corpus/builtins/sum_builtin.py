# sum(): start values, mixed numbers, precision, non-numbers and errors.
print(sum([]), sum([], 10), sum(range(101)), sum([1, 2, 3], start=100))
print(sum([0.1] * 10), sum([1, 2.5, True]), sum([True, True, False]), sum([2**62, 2**62, 2**62]))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum((x / 3 for x in range(10))))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([[1]], start=[0]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum(range(10**6)), sum(i * i for i in range(1000)), sum(map(int, "12345")))
print(sum([10**30, -10**30, 5]), sum([2**63 - 1, 1]), sum([-(2**63), -1]))
print(sum({1: "a", 2: "b"}), sum({4, 5}), sum(iter([7, 8])))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Money({self.cents})"

print(sum([Money(5), Money(10), Money(1)]), sum([Money(5)], Money(100)))
tests = [
    lambda: sum(["a", "b"], ""),
    lambda: sum([b"a"], b""),
    lambda: sum([bytearray(b"a")], bytearray()),
    lambda: sum(["a", "b"]),
    lambda: sum(5),
    lambda: sum([1, "a"]),
    lambda: sum([1, None]),
    lambda: sum([Money(1), 2]),
    lambda: sum(),
    lambda: sum([1], 2, 3),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
