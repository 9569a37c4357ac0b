# collections.UserDict, UserList and UserString: delegation to .data, subclass hooks
# (__missing__, overridden __setitem__), operators returning the subclass, errors.
from collections import UserDict, UserList, UserString
import collections
import copy


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


d = UserDict({"a": 1}, b=2)
d["c"] = 3
print(d, len(d), d["a"], "b" in d, d.get("zz"), d.get("a", 9), list(d), sorted(d.items()))
del d["a"]
print(d, d.data, type(d.data).__name__, d == {"b": 2, "c": 3}, d.pop("b"), d)
ld = LowerDict(ABC=1)
ld.update({"XyZ": 2})
ld.setdefault("Q", 5)
print(ld, type(ld.copy()).__name__, ld.copy(), type(ld | {"k": 0}).__name__, ld | {"k": 0}, {"z": 1} | ld)
ld |= {"NEW": 7}
print(ld, LowerDict.fromkeys("AB", 0))
print(Defaulting(x=1)["x"], Defaulting()["nope"], Defaulting().get("nope"))
print(isinstance(d, collections.abc.MutableMapping), isinstance(d, dict), UserDict.__module__, repr(UserDict()))
c = copy.copy(ld)
c["w"] = 1
print(ld, c, copy.deepcopy(UserDict(a=[1])))
try:
    UserDict()["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    UserDict(1)
except TypeError as e:
    print(type(e).__name__, e)

ul = UserList([3, 1, 2])
ul.append(5)
ul.extend(UserList([0]))
ul += [9]
print(ul, len(ul), ul[0], ul[1:3], type(ul[1:3]).__name__, ul.index(5), ul.count(1), 9 in ul)
ul.sort()
print(ul, ul.pop(), ul.pop(0), ul, ul * 2, 2 * ul, ul + [7], [7] + ul, type([7] + ul).__name__)
ul.reverse()
ul.insert(1, 8)
ul.remove(3)
print(ul, ul == [2, 8, 1], ul < [3], ul > UserList([1]), ul.copy(), type(ul.copy()).__name__)
ul[0] = 100
del ul[-1]
print(ul, sorted(ul), list(reversed(ul)), UserList("abc"), UserList(), UserList(UserList([1])))
ul *= 2
print(ul, max(ul), sum(ul), UserList.__module__)
try:
    ul.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
try:
    UserList([])[3]
except IndexError as e:
    print(type(e).__name__, e)

s = UserString("Hello World")
print(s, repr(s), len(s), s[0], s[-5:], type(s[1:]).__name__, s.upper(), s.lower(), s.split(), s.find("o"))
print(s + "!", "<" + s, s * 2, s.replace("l", "L", 2), s.center(15, "*"), s.strip("Hd"), "World" in s)
print(s == "Hello World", s < "Z", s.startswith("He"), s.endswith(("x", "ld")), s.count("l"), s.zfill(13))
print(s.title(), s.swapcase(), s.isalpha(), UserString("42").isdigit(), int(UserString("42")) + 1, float(UserString("2.5")))
print(UserString("%s-%d") % ("a", 3), s.join(["1", "2"]), s.encode(), s.partition(" "), list(UserString("abc")))
print(hash(UserString("q")) == hash("q"), UserString(123), sorted([UserString("b"), UserString("a")]), UserString.__module__)
print({UserString("k"): 1}[UserString("k")], s.removeprefix("Hello "), s.format(), UserString("{0}!").format(5))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s + 1 - 1
except TypeError as e:
    print(type(e).__name__, e)
