# frozenset: construction, immutability, hashing, methods, as dict keys and set members.
f = frozenset("hello")
print(sorted(f), len(f), "h" in f, "z" in f, frozenset(), frozenset([]), frozenset(range(3)))
print(f.union("xy") == frozenset("helloxy"), sorted(f.intersection("low")), sorted(f.difference("l")), sorted(f.symmetric_difference("hz")))
print(f.issubset("hello world"), f.issuperset("ole"), f.isdisjoint("xyz"), f.copy() is f, type(f.copy()).__name__)
print(frozenset(f) is f, frozenset({1, 2}) == {1, 2}, {frozenset({1}): "one"}[frozenset([1])], frozenset([frozenset()]))
graph = {frozenset({"a", "b"}): 3, frozenset({"b", "c"}): 5}
print(graph[frozenset(("b", "a"))], sorted(len(k) for k in graph))
power = [frozenset()]
for item in [1, 2, 3]:
    power += [s | {item} for s in power]
print(len(power), sorted(sorted(s) for s in power))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
tests = [
    lambda: f.add("x"),
    lambda: f.remove("h"),
    lambda: frozenset([[1]]),
    lambda: frozenset(5),
    lambda: f[0],
    lambda: frozenset(1, 2),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
g = f
g -= {"h"}
print(sorted(g), sorted(f), g is f)
print(repr(frozenset()), repr(frozenset({1})), repr({frozenset({2})}), str(frozenset({"a"})))

class FS(frozenset):
    pass

fs = FS([1, 2])
print(type(fs).__name__, fs, type(fs | {3}).__name__, fs == {1, 2}, hash(fs) == hash(frozenset({1, 2})))
