# tuples: construction, indexing, slicing, count/index, comparison, hashing, concat, errors.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2], t[10:], () == tuple())
print((1,), (1), tuple("abc"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple(x * 2 for x in range(3)))
print((1, 2) + (3,), (1, 2) * 3, 2 * (0,), (1,) * 0, (1, 2) * -1)
print((1, 2, 3).count(2), (1, 2, 1, 1.0, True).count(1), (1, 2, 3).index(3), ("a", "b", "a").index("a", 1), (1, 2, 3).index(2, -2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1, 2) == [1, 2], () < (0,), (1, "a") < (1, "b"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), {(1, 2): "pair"}[(1, 2)], {(1, (2, 3))})
a, b, *rest = (1, 2, 3, 4)
print(a, b, rest, 3 in t, "two" in t, 99 not in t, max((3, 1, 2)), sorted((3, 1, 2)))
x = (1, 2)
y = x
x += (3,)
print(x, y, x is not y)
single = 5,
print(single, type(single).__name__, len(single))
lst_in = ([1], [2])
lst_in[0].append(9)
print(lst_in)
try:
    lst_in[0] += [7]
except TypeError as e:
    print(type(e).__name__, e, lst_in)
tests = [
    lambda: t[5],
    lambda: t[-6],
    lambda: t["0"],
    lambda: t.__setitem__(0, 1),
    lambda: t + [1],
    lambda: t + 1,
    lambda: t * 1.5,
    lambda: (1, 2).index(5),
    lambda: (1, 2) < (1, "a"),
    lambda: hash(([1],)),
    lambda: tuple(5),
    lambda: tuple(1, 2),
    lambda: t.append(1),
]
for fn in tests:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), repr(((),)), str((None, "s")), repr(tuple()), repr(("'",)))
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), min(pairs), dict(pairs), list(zip(*pairs)))
t[0] = 9
