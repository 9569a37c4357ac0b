# dict insertion order (updates, deletions, re-insertion) and the | and |= operators.
d = {}
for key in ["b", "a", "c"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100
print(d)
del d["b"]
d["b"] = "back"
print(d)
print({**d, "a": "over", "z": 0}, {"z": 0, **d}, {**{}, **{1: 1}})
x = {"a": 1, "b": 2}
y = {"b": 20, "c": 30}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [("d", 4), ("a", 0)]
print(x)
x |= {}
print(x)
print({1: "a"} | {1.0: "b"}, {True: 1} | {1: 2}, list(({1: 1} | {2: 2}).keys()))
tests = [
    lambda: {} | [("a", 1)],
    lambda: {} | 5,
    lambda: [] | {},
    lambda: {} | {1},
    lambda: {} + {},
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
z = {}
try:
    z |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    z |= [1]
except TypeError as e:
    print(type(e).__name__, e)

class D(dict):
    pass

merged = D(a=1) | {"b": 2}
print(type(merged).__name__, merged, type({"b": 2} | D(a=1)).__name__)
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, list({"a": 1, "b": 2}) == list({"b": 2, "a": 1}))
order = {}
for w in "the quick brown the lazy quick dog".split():
    order[w] = order.get(w, 0) + 1
print(order, list(order.items())[-1], next(iter(order)))
popped = dict(order)
popped.pop("the")
popped["the"] = 0
print(list(popped), popped.popitem())
big = {i: i * i for i in range(20)}
for i in range(0, 20, 2):
    del big[i]
big[0] = "again"
print(list(big)[:5], list(big)[-2:], len(big))
print(dict(reversed(list({"p": 1, "q": 2}.items()))), {k: v for k, v in sorted({"b": 1, "a": 2}.items())})
