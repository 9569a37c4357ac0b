# Every list method: append/extend/insert/remove/pop/clear/index/count/copy/reverse, with errors.
lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.extend("ab")
lst.extend(range(2))
lst.extend((x * 10 for x in range(2)))
print(lst, len(lst))
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
lst.insert(-100, "very-first")
print(lst)
lst.remove(1)
print(lst, lst.count(1), lst.count("a"), lst.count(99), lst.index(4), lst.index(1), lst.index(0, 5), lst.index("a", -10, -4))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(3), lst)
c = lst.copy()
c.append("only in copy")
print(len(lst), len(c), c[-1], lst is not c, c[0] is lst[0])
lst.reverse()
print(lst)
lst.clear()
print(lst, len(lst))
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
print(nested, shallow)
e = []
e += "xy"
e += (1,)
e *= 2
print(e)
me = [1, 2]
me.extend(me)
print(me)
me.append(me)
print(me, len(me))
print([1, 2, 1.0, True].count(1), [[1], [1]].count([1]), [float("nan")].count(float("nan")))
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan])
tests = [
    lambda: [].pop(),
    lambda: [1].pop(5),
    lambda: [1].pop("0"),
    lambda: [1, 2].remove(3),
    lambda: [1, 2].index(3),
    lambda: [1, 2].index(1, 1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: [].extend(5),
    lambda: [].extend(None),
    lambda: [].insert(1),
    lambda: [].insert("0", 1),
    lambda: [].count(),
    lambda: [1].index(1, "a"),
    lambda: [].sort(1),
    lambda: [].reverse(1),
    lambda: [].nosuch(),
    lambda: [].copy(1),
    lambda: [].clear(1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other)
        return self.v == other

items = [Eq(1), Eq(2), Eq(3)]
print(items.index(2), items.count(3), 3 in items)
items.remove(1)
print(len(items))
print(list.append, list.pop.__name__, type([].append).__name__)
