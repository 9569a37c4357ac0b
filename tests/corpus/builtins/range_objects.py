# range objects: len, indexing, slicing, contains, reversed, equality, repr, errors.
for r in [range(5), range(1, 5), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 1), range(-5, 5, 4), range(0, -10, -3)]:
    print(repr(r), len(r), list(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-7], r.index(11), r.count(11), r.count(12), 15 in r, 16 in r, 31 in r, -1 in r)
print(r[1:3], r[::2], r[::-1], r[:-2], r[10:], list(r[::-2]), r[2:5][1])
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(10, 0, -3))))
print(range(0) == range(2, 2), range(0, 3) == range(3), range(0, 10, 2) == range(0, 9, 2), range(1, 2) == range(1, 2, 5), range(3) == [0, 1, 2])
print(range(0, 3, 2) == range(0, 4, 2), range(0, -1) == range(5, 2), range(5) != range(6))
print(hash(range(0)) == hash(range(3, 1)), hash(range(1, 2)) == hash(range(1, 3, 7)))
big = range(10**20, 10**21, 7)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(big[5], big[-1], (10**20 + 14) in big, (10**20 + 15) in big, big.index(10**20 + 70), big[::10**19][:3])
print(1.0 in range(3), 1.5 in range(3), True in range(3), "a" in range(3), range(1, 4).index(True))
print(sum(range(100)), max(range(7)), min(range(3, 9)), sorted(range(5, 0, -1)), list(enumerate(range(2, 4))))
print(range(10)[3:7][::-1], range(1, 20, 3)[-2:], range(5)[10:20], len(range(5)[::-3]))
try:
    print(len(range(2**64)))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2**64)[-1], range(2**64)[2**63])
tests = [
    lambda: range(),
    lambda: range(1, 2, 0),
    lambda: range(1.5),
    lambda: range("3"),
    lambda: range(1, 2, 3, 4),
    lambda: range(5)[5],
    lambda: range(5)[-6],
    lambda: range(5)["a"],
    lambda: range(5).index(7),
    lambda: range(5).index("x"),
    lambda: range(5)[1.0],
    lambda: range(3) + range(2),
    lambda: range(3) * 2,
    lambda: range(3) < range(4),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 4

print(range(Idx()), range(Idx())[Idx() - 1] if False else range(Idx())[3], range(10)[Idx()])
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
range(3)[3]
