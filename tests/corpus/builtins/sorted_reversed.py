# sorted() and reversed(): keys, reverse, stability, and the reversed protocol.
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("banana"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(["Banana", "apple", "Cherry"]), sorted(["Banana", "apple", "Cherry"], key=str.lower))
print(sorted([3.5, 1, True, -2.0, 0]), sorted([[2, 1], [1, 3], [1, 2, 0]]))
print(sorted(["aa", "b", "ccc", "dd", "e"], key=len), sorted(["aa", "b", "ccc", "dd", "e"], key=len, reverse=True))
print(sorted([], reverse=True), sorted((x % 4 for x in range(10))))
print(sorted([1, 2, 3], key=None), sorted([-3, 2, -1], key=abs))
for bad in [lambda: sorted([1, "a"]), lambda: sorted(5), lambda: sorted([1], key=1),
            lambda: sorted([1, 2], lambda x: x), lambda: sorted(), lambda: sorted([1], cmp=None),
            lambda: sorted([{1}, {2}, [3]])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(1, 10, 3))))
print(list(reversed({"x": 1, "y": 2})), list(reversed({"x": 1, "y": 2}.items())), list(reversed({"x": 1}.values())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

class Rev:
    def __reversed__(self):
        return iter("custom")

print(list(reversed(Seq())), list(reversed(Rev())))
for bad in [5, {1, 2}, iter([1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
lst = [1, 2, 3]
it = reversed(lst)
lst.append(4)
print(list(it))
print(sorted(reversed(data)), list(reversed(sorted(data))))
