# Every dict method: get/setdefault/pop/popitem/update/fromkeys/copy/clear/keys/values/items.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "dflt"), d, d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3), ("x", 10)])
d.update(w=4)
d.update()
print(d)
print(dict.fromkeys("abc"), dict.fromkeys(["k1", "k2"], 0), dict.fromkeys([]), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
c = d.copy()
c["new"] = True
print(len(d), len(c), "new" in d)
c.clear()
print(c, len(c))
print(dict(), dict(a=1, b=2), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", [1, 2])), dict([[1, 2], "ab"]))
e = {1: "one"}
e[1.0] = "float one"
e[True] = "true"
print(e)
print(list(d.keys()), list(d.values()), list(d.items()), len(d), "w" in d, 4 in d)
while d:
    print("popitem", d.popitem())
tests = [
    lambda: {}["missing"],
    lambda: {}.pop("k"),
    lambda: {}.popitem(),
    lambda: {}.get(),
    lambda: {}.get([]),
    lambda: {}.setdefault([], 1),
    lambda: {}.update(5),
    lambda: {}.update([1, 2]),
    lambda: {}.update([(1, 2, 3)]),
    lambda: {}.update({}, {}),
    lambda: dict([1]),
    lambda: dict(["abc"]),
    lambda: dict(5),
    lambda: dict.fromkeys(5),
    lambda: {[1]: 2},
    lambda: {}.pop(),
    lambda: {}.keys(1),
]
for t in tests:
    try:
        print(t())
    except Exception as ex:
        print(type(ex).__name__, ex)

class Missing(dict):
    def __missing__(self, key):
        return f"default-{key}"

m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m, m)

class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()

print(dict(KeysOnly()), {**KeysOnly()})
f = {}
f.update(KeysOnly())
print(f)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
