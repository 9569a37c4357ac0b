# tuples and sets.
t = (1, 2, 3)
print(t, t[1], t[-1], t[1:], len(t), t + (4,), t * 2, (1,), (), tuple([5, 6]))
a, b, c = t
print(a, b, c, t.count(2), t.index(3), 2 in t, (1, 2) < (1, 3), hash((1, 2)) == hash((1, 2)))
s = {3, 1, 2, 3}
s.add(4)
s.discard(10)
print(s, len(s), 2 in s, sorted(s))
print({1, 2} | {2, 3}, {1, 2} & {2, 3}, {1, 2} - {2, 3}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, set(), frozenset([1, 2]), set("aab") == {"a", "b"})
print({x % 3 for x in range(10)}, set([1, 2]).union([3]), {1, 2, 3}.intersection({2, 3, 4}))
x, (y, z) = 1, (2, 3)
print(x, y, z)
first, *rest = "abcd"
*init, last = [1, 2, 3]
print(first, rest, init, last)
