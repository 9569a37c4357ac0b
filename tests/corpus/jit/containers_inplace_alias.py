# `d[k] += 1` stores through the entry address a probe found; loads of the
# same dict's entries by other routes (d.get of a constant key, a global
# read from the globals dict) must see the store in every iteration.
def f(n):
    d = {4: 0, 5: 0}
    t = 0
    for i in range(n):
        k = i % 2 + 4
        d[k] += 1
        t += d.get(4)
    return t, d

print(f(900))

W = 100
def bump(n):
    g = globals()
    t = 0
    for i in range(n):
        if "W" in g:
            g["W"] += 1
        t += W
    return t, W

print(bump(900))

def two(n):
    d = {"a": 1, "b": 2}
    t = 0
    for i in range(n):
        if "a" in d:
            d["a"] += i & 3
        t += d.get("a", 0) + d["b"]
        d["b"] = d["a"] - 1
    return t, d

print(two(900))
