# enumerate() and zip(): starts, strict=, lazy consumption, and errors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(3), 10**20)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
print(dict(enumerate("hi")), list(enumerate({"k": 1, "j": 2})))
for bad in [lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: enumerate("a", 1.5),
            lambda: enumerate(), lambda: enumerate("a", start=1, x=2)]:
    try:
        print(list(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(list(zip()), list(zip("abc")), list(zip("abc", [1, 2, 3], (True, False, None))))
print(list(zip("abcd", [1, 2])), list(zip([1, 2], "abcd")), list(zip(range(3), range(10, 20), "xy")))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
for args in [("abc", "ab"), ("ab", "abc"), ("a", "a", "ab"), ("ab", "ab", "a")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
z = zip("abc", "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)

def gen(tag, n):
    for i in range(n):
        print("  gen", tag, i)
        yield i

print(list(zip(gen("A", 2), gen("B", 5))))
print(list(zip(gen("A", 5), gen("B", 2))))
for bad in [lambda: zip(1), lambda: zip("a", None), lambda: zip("a", bad=1)]:
    try:
        print(list(bad()))
    except Exception as e:
        print(type(e).__name__, e)
rows = [[1, 2, 3], [4, 5, 6]]
print([list(c) for c in zip(*rows)], list(map(sum, zip(*rows))))
keys = ["one", "two"]
for k, v in zip(keys, enumerate(keys)):
    print(k, v)
