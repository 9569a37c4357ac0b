# map() and filter(): several iterables, None as predicate, laziness, errors.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, range(-2, 3))))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")))
print(list(map(int, "1 2 3".split())), list(map(str.upper, "abc")), list(map(max, [1, 5], [3, 2])))
m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 0.0, 2])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x % 3 == 0, range(10))))
f = filter(lambda s: len(s) > 1, ["a", "bb", "ccc"])
print(type(f).__name__, next(f), list(f))
print(list(filter(bool, map(int, "0 1 0 2".split()))), sum(map(int, filter(str.isdigit, "x9y8"))))

def noisy(x):
    print("  map sees", x)
    return x * 10

it = map(noisy, [1, 2, 3])
print("created")
print(next(it))
print(list(it))

def bad_fn(x):
    if x == 2:
        raise ValueError("two is bad")
    return x

try:
    print(list(map(bad_fn, [1, 2, 3])))
except ValueError as e:
    print(type(e).__name__, e)
g = map(bad_fn, [2, 3])
try:
    next(g)
except ValueError as e:
    print("first", e)
print(next(g))
for bad in [lambda: map(str), lambda: map(), lambda: map(5, [1]), lambda: map(str, 5),
            lambda: filter(None), lambda: filter(None, 3), lambda: filter(5, [1]),
            lambda: map(len, [1]), lambda: filter(len, [[], 1])]:
    try:
        print(list(bad()))
    except Exception as e:
        print(type(e).__name__, e)
nested = map(lambda p: p[0] * p[1], filter(lambda p: p[0] < p[1], zip(range(5), [3, 0, 4, 1, 9])))
print(list(nested))
print(list(map(lambda *a: a, [1, 2], [3, 4], [5])))
