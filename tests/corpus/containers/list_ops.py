# list operators: +, *, +=, *=, in, comparisons, equality, indexing errors, aliasing.
a = [1, 2, 3]
b = a
a += [4]
print(a, b, a is b)
a = a + [5]
print(a, b, a is b)
c = [0] * 3
c *= 2
print(c, [1, 2] * 0, [1] * -1, 2 * ["x"])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [[]], [1, 2] == [1, 2], [1, 2] == (1, 2), [[1]] == [[1]])
print(1 in [1, 2], [1] in [[1], 2], 3 not in [1], None in [None], "a" in ["abc"], 1.0 in [1], True in [1])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan] == [float("nan")])
l = [10, 20, 30]
print(l[0], l[-1], l[-3], l[True])
l[1] = "twenty"
l[-1] = 300
print(l)
del l[0]
print(l)
tests = [
    lambda: l[5],
    lambda: l[-5],
    lambda: l["0"],
    lambda: l[1.0],
    lambda: l.__setitem__(9, 0),
    lambda: l.__delitem__(9),
    lambda: l + (1,),
    lambda: l + "s",
    lambda: l * "2",
    lambda: l * 1.5,
    lambda: [1] < ["a"],
    lambda: [1, 2] > [1, None],
    lambda: l[None],
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
d = [1]
d += "ab"
d += range(2)
d += {"k": 1}
print(d)
print(list(), list("ab"), list((1,)), list({1: 2}), list(range(3)), list(x for x in "hi"), [*range(2)])
e = [3, 1, 2]
f = e[:]
f.sort()
print(e, f, e == sorted(e), sorted(e) == f)
print(len([None] * 10**5), sum([[1, 2], [3]], []), [[]] * 3, [i for i in [1, 2, 3]][::-1])
l[7]
