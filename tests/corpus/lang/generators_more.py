# Generators: send, return values, yield from, generator expressions.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "done"


g = counter(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def chain(*its):
    for it in its:
        yield from it


print(list(chain([1, 2], range(3), "ab")))


def inner():
    yield 1
    return 42


def outer():
    r = yield from inner()
    yield r


print(list(outer()))
squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(max(len(w) for w in ["a", "abc", "ab"]), list(zip(range(3), (c for c in "xyz"))))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])
