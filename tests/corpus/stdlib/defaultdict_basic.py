# defaultdict: factories, __missing__, default_factory, dict behaviour,
# copies, repr (recursive too), |, subclasses, errors.
from collections import defaultdict


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), d["a"], "c" in d, d.get("c"), "c" in d)
counts = defaultdict(int)
for w in "the quick brown fox jumps over the lazy dog the end".split():
    counts[w] += 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
print(dict(counts) == counts, isinstance(counts, dict), type(counts).__name__)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 5
nested["x"]["z"] -= 1
print(sorted(nested["x"].items()), len(nested))

n = defaultdict()
print(n, n.default_factory)
show("missing none", lambda: n["k"])
n.default_factory = str
print(n["k"] == "", n, n.default_factory)
print(defaultdict(None, {1: 2}), defaultdict(int, a=1), defaultdict(int, [(1, 2)], b=3))
print(defaultdict(list).default_factory is list)

# dict methods keep working (and do not call the factory)
s = defaultdict(set, {"p": {1}})
print(s.get("q"), s.setdefault("q", {2}), s.pop("p"), sorted(s), list(s.values()))
s.update(r={3})
print(s.keys(), "r" in s, s.popitem(), len(s))
s.clear()
print(s)

# __missing__ directly
m = defaultdict(lambda: "made")
print(m.__missing__("key"), dict(m))

# copies keep the factory
c = defaultdict(list, {1: [1]})
c2 = c.copy()
c2[2].append(2)
print(c, c2, type(c2).__name__, c2.default_factory)
import copy
c3 = copy.copy(c)
print(c3, c3[1] is c[1], copy.deepcopy(c)[1] is c[1])

# |
u = defaultdict(int, {"a": 1}) | {"b": 2}
print(u, type(u).__name__, u.default_factory)
v = {"z": 0} | defaultdict(int, {"a": 1})
print(v, type(v).__name__)
w = defaultdict(int, {"a": 1})
w |= {"c": 3}
print(w)

# repr recursion
r = defaultdict(list)
r["self"] = r
print(r)


def factory():
    return 0


f = defaultdict(factory)
print(repr(f).startswith("defaultdict(<function factory at "))


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)

    def top(self):
        return max(self, key=lambda k: self[k])


t = Tally()
for ch in "mississippi":
    t[ch] += 1
print(t, t.top(), t["zz"], isinstance(t, defaultdict), type(t).__name__)


class Noisy(defaultdict):
    def __missing__(self, key):
        return "no " + key


print(Noisy(list)["x"], Noisy(list))

show("bad factory", lambda: defaultdict(1))
show("bad factory str", lambda: defaultdict("x", {}))
show("two dicts", lambda: defaultdict(int, {}, {}))
show("hash", lambda: hash(defaultdict()))
e = defaultdict(int)
print(e[0], e)
del e[0]


def del_missing():
    del e[0]


show("del missing", del_missing)
d = defaultdict(None)
d["missing"]
