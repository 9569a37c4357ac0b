# list operations and methods.
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l, len(l), l[2], l[-1], l[2:5], l[::-1], l[::3])
l.append(5)
l.extend([3, 5])
l.insert(0, 0)
print(l, l.count(5), l.index(9), l.pop(), l.pop(0), l)
l.remove(1)
print(l, sorted(l), sorted(l, reverse=True), l)
l.sort()
print(l)
l.reverse()
print(l, min(l), max(l), sum(l))
l[1:3] = [10, 20, 30]
print(l)
del l[0]
del l[::2]
print(l, l + [1], [0] * 3, 5 in l, 99 not in l)
m = [[1, 2], [3, 4]]
m[0][1] = 7
print(m, [x for row in m for x in row])
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(range(5)), list("abc"), [1, 2] == [1, 2], [1, 2] < [1, 3], [] == [])
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a.copy() is a)
nested = [1, [2, [3, [4]]]]
print(nested, str(nested), repr(nested))
print(list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2], "xy")))
