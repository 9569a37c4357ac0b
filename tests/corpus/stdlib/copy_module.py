# copy.copy and copy.deepcopy: containers, shared references, cycles,
# instances, __copy__/__deepcopy__ and uncopyable objects.
import copy

nested = [1, [2, 3], {"k": [4]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[1].append(99)
nested[2]["k"].append(98)
print(shallow, deep)
print(shallow[1] is nested[1], deep[1] is nested[1])
t = (1, 2, (3, 4))
print(copy.copy(t) is t, copy.deepcopy(t) is t)
tl = (1, [2])
print(copy.deepcopy(tl) is tl, copy.deepcopy(tl) == tl)
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is cyc)
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy(frozenset([1])))
print(copy.copy(5), copy.copy("str"), copy.copy(None), copy.copy(len) is len)


class Point:
    def __init__(self, x, tags):
        self.x = x
        self.tags = tags

    def __repr__(self):
        return f"Point({self.x}, {self.tags})"


pt = Point(1, ["a"])
c1 = copy.copy(pt)
c2 = copy.deepcopy(pt)
pt.tags.append("b")
print(c1, c2, type(c2).__name__, c1.tags is pt.tags)


class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(self.v + 100)


print(copy.copy(Custom(1)).v, copy.deepcopy(Custom(1)).v)
print(copy.deepcopy([Custom(5)])[0].v)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = 2


sl = copy.deepcopy(Slotted())
print(sl.a, sl.b)


def gen():
    yield 1


try:
    copy.copy(gen())
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": [1], "b": (2, [3])}
dd = copy.deepcopy(d)
d["b"][1].append(4)
print(dd, d)
memo = {}
copy.deepcopy([1, [2]], memo)
print(len(memo) > 0)
