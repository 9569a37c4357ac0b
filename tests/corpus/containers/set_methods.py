# Every set method: add/discard/remove/pop/clear/update family/copy, with errors.
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(2)
s.discard(99)
s.remove(3)
print(s, len(s))
s.update([5, 6], {7}, "ab", range(2))
print(sorted(s, key=str))
s.intersection_update({1, 4, 5, "a", 100}, [1, 4, 5, "a"])
print(sorted(s, key=str))
s.difference_update([4], {"a"})
print(s)
s.symmetric_difference_update({1, 8, 9})
print(s)
c = s.copy()
c.add("only copy")
print(len(s), len(c), c is not s)
popped = set()
while s:
    popped.add(s.pop())
print(popped, s)
c.clear()
print(c, set(), set([]), set("hello"), set(range(5)), set({"k": 1}), set((1, 1, 2)))
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a.union(b), a.union(), a.union([9], (10,)), a.intersection(b), a.intersection(b, [4]), a.difference(b), a.difference(b, {1}))
print(a.symmetric_difference(b), a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint("xyz"))
print({1, 2}.issubset({1, 2}), {1, 2} <= {1, 2}, {1, 2} < {1, 2}, set().issubset(set()), set() < {0})
print({1, 1.0, True}, {0, False, 0.0}, {"a", "a"}, len({(1, 2), (1, 2)}), {None, None})
tests = [
    lambda: set().pop(),
    lambda: {1}.remove(2),
    lambda: {1}.add([2]),
    lambda: {1}.discard({2}),
    lambda: {1}.remove([]),
    lambda: set(5),
    lambda: set([[1]]),
    lambda: {1}.update(5),
    lambda: {1}.union(1),
    lambda: {1}.issubset(3),
    lambda: {1}.add(),
    lambda: set(1, 2),
    lambda: set.__getitem__,
    lambda: {1}.symmetric_difference(),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print({frozenset({1}), frozenset({1})}, {1}.discard(frozenset()), {frozenset({2})}.__contains__({2}))
s2 = {frozenset({2}), 3}
s2.remove({2})
print(s2)
seen, dups = set(), []
for w in "a b a c b a".split():
    (dups if w in seen else seen).add(w) if w not in seen else dups.append(w)
print(sorted(seen), dups)
try:
    for x in s2:
        s2.add(x + 1)
except RuntimeError as e:
    print(type(e).__name__, e)
