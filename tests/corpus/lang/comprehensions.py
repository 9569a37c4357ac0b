# list/dict/set comprehensions and generator-free idioms.
print([x * x for x in range(10) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print({x: x ** 2 for x in range(5)})
print({c for c in "mississippi"} == set("misp"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([y for y in [1, 2, 3] if y > 1 if y < 3])
x = 10
print([x for x in range(3)], x)
print(sum([i for i in range(101)]), max([len(w) for w in "a bb ccc".split()]))
print(list(map(lambda s: s.upper(), ["a", "b"])), list(filter(None, [0, 1, "", "x"])))
print(any(x > 2 for x in [1, 2, 3]), all([]), sorted(x % 4 for x in range(8)))
