# dict views: live updates, set operations on keys/items, reversed, membership, errors.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it), "d" in k, 4 in v, ("d", 4) in it, ("d", 5) in it, "zz" in k)
print(k & {"b", "x"}, k | {"x"}, k - {"b"}, k ^ {"b", "y"}, k & ["c", "d"], {"b"} & k)
print(it & {("b", 2), ("c", 0)}, it - {("b", 2)}, it | {("e", 5)} == {("b", 2), ("c", 3), ("d", 4), ("e", 5)})
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], it == {("b", 2), ("c", 3), ("d", 4)}, v == v, k != {"b"})
print(k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"q"}), it.isdisjoint([("b", 2)]))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), sorted(k, reverse=True))
e = {}
print(e.keys(), e.values(), e.items(), list(e.keys()) == [], bool(e.keys()), bool(k))
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
nested = {"x": [1, 2], "y": {"z": 3}}
print(nested.items(), nested.values())
print(k.mapping if hasattr(k, "mapping") else "no mapping")
tests = [
    lambda: k[0],
    lambda: v & {1},
    lambda: hash(k),
    lambda: k + {"x"},
    lambda: it & 5,
    lambda: {1: 2}.values() == {1: 2}.values(),
    lambda: [1] in it,
    lambda: ([1], 2) in it,
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
grow = {1: 1}
try:
    for key in grow.keys():
        grow[key + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
shrink = {1: 1, 2: 2}
try:
    for key in shrink:
        del shrink[key]
except RuntimeError as e:
    print(type(e).__name__, e)
same = {1: 1, 2: 2}
for key in same:
    same[key] = 10
print(same)
inv = {val: key for key, val in {"one": 1, "two": 2}.items()}
print(inv, dict(sorted(d.items(), key=lambda kv: -kv[1])))
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a.keys() & b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys(), sorted(a.keys() | b.keys()))
