# iter/next over builtins, enumerate/zip/map/filter laziness, reversed.
it = iter(range(3))
print(next(it), list(it), list(it))
e = enumerate(["a", "b"], start=10)
print(next(e), list(e))
z = zip([1, 2, 3], "ab")
print(list(z))
m = map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])
print(list(m))
print(list(filter(lambda x: x % 3 == 0, range(10))))
print(list(reversed("abc")), list(reversed((1, 2))))
d = {"x": 1, "y": 2}
print(list(iter(d)), [k for k in d], list(reversed(d)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
for i, (a, b) in enumerate(zip("xy", "pq")):
    print(i, a, b)
