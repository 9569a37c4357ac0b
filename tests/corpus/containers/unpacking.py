# Unpacking: tuples, starred targets, nested patterns, for targets, *args in calls, errors.
a, b = 1, 2
a, b = b, a
print(a, b)
x, *y = [1, 2, 3]
*p, q = "abc"
m, *n, o = range(5)
first, *middle, last = (1, 2)
print(x, y, p, q, m, n, o, first, middle, last)
(i, j), k = (1, 2), 3
[u, (v, *w)], z = ["ab", "cde"], 9
print(i, j, k, u, v, w, z)
for idx, (ch, *rest) in enumerate(["abc", "d"]):
    print(idx, ch, rest)
for key, val in {"a": 1, "b": 2}.items():
    print(key, val)
h, *t = iter([10, 20, 30])
print(h, t, type(t).__name__)
*all_of_it, = "xyz"
print(all_of_it)
d = {}
d["k1"], d["k2"] = "vv"
lst = [0, 0, 0]
lst[0], lst[2] = 7, 8
print(d, lst)
print(*[1, 2], *"ab", *range(2))
print([*"ab", *[1]], (*range(3),), {*"aab", *[1]} == {"a", "b", 1}, {**{"a": 1}, **{"b": 2}})
s1, s2 = {1: "one", 2: "two"}
print(s1, s2)
def try_unpack(value, n):
    try:
        if n == 2:
            a, b = value
            return a, b
        a, *b, c = value
        return a, b, c
    except Exception as e:
        return type(e).__name__ + " " + str(e)

for value, n in [((1, 2, 3), 2), ([1], 2), (5, 2), ([1], 3), ((1, 2), 2), ("xyz", 2), (None, 3), ({1: 2}, 2), (range(10**6), 2), ("ab", 3)]:
    print(try_unpack(value, n))

def gen():
    yield 1
    yield 2
    yield 3

a, b, c = gen()
print(a, b, c)

class Pair:
    def __iter__(self):
        yield "left"
        yield "right"

l, r = Pair()
print(l, r)
def f(a, b, *args, c=0, **kw):
    return a, b, args, c, kw

print(f(*[1, 2, 3], c=4, **{"d": 5}), f(*"xy"), f(1, *(2, 3), *[4], **{"c": 1}, e=2))
first, second = "only one"
