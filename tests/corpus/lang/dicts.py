# dict operations and methods.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], d.get("four"), d.get("four", 4), "one" in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
for k, v in d.items():
    print(k, v)
print(d.pop("one"), d, d.setdefault("x", 9), d)
del d["x"]
d.update({"a": 1}, b=2)
print(d, dict(a=1, b=2), dict([("k", "v")]), dict.fromkeys("ab", 0))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print({1: "a", 1.0: "b", True: "c"}, {(1, 2): "tuple key"})
print({**d, "z": 0}, d | {"q": 1}, {} == {}, {"a": 1} == {"a": 1.0})
e = d.copy()
e.clear()
print(e, d.popitem(), d)
try:
    d["missing"]
except KeyError as err:
    print("KeyError", err)
