# Subclasses of list, dict, str and float: inherited methods and operations.
class L(list):
    def sum2(self):
        return sum(self) * 2
class D(dict):
    pass
class S(str):
    def shout(self):
        return self.upper() + "!"
class F(float):
    pass
l = L([3, 1, 2])
l.sort()
print(l, l.sum2(), l[0], l[-1:], len(l), 2 in l, list(l), l + [9], type(l).__name__, isinstance(l, list))
d = D(a=1)
d["b"] = 2
print(d, len(d), list(d.items()), "a" in d, d.get("z", 0), isinstance(d, dict))
s = S("hi")
print(s, s.shout(), len(s), s + "x", s == "hi", f"{s:>4}", s[0], hash(s) == hash("hi"))
f = F(2.5)
print(f, f * 2, f > 2, int(f), round(f), f"{f:.2f}")
print(sorted(L([5, 4])), {D(x=1)["x"]}, max(L([1, 7, 3])))
