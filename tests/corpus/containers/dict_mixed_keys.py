# A str key finds an equal key of another type with the same hash (a str
# subclass, a UserString, a class whose __eq__ accepts str): the lookup
# must fall back from the str fast path to __eq__.
from collections import UserString


class S(str):
    pass


class K:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("K.__eq__ called with", repr(other))
        return other == self.s


d = {UserString("k"): 1, S("s"): 2, K("x"): 3}
print(d["k"], d["s"], d["x"])
print("k" in d, "x" in d, "nope" in d)
print(d.get("s"), d.get("zz"), d.get("zz", "default"))
d["s"] = 20          # replaces the S("s") entry: the key object stays
print(len(d), [type(k).__name__ for k in d], d["s"])
print({**d}["x"], dict(d).get("k"))
s = {S("a"), "b"}
print("a" in s, S("b") in s, len(s))
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
