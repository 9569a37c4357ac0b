# Residual calls and generators: a recursive function whose loop runs
# over a generator, a recursive generator (its calls make generators,
# which the interpreter runs), a loop in a generator that recurses, and a
# generator the callee advances while the loop iterates it.


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def gsum(n):
    if n <= 1:
        return n
    t = 0
    for x in evens(n):
        t += gsum(x // 2) + 1
    return t


print("gsum", [gsum(n) for n in range(0, 60, 7)])


def walk(tree):
    if isinstance(tree, int):
        yield tree
        return
    for sub in tree:
        yield from walk(sub)


def nest(d, k):
    if d == 0:
        return k
    return [nest(d - 1, k * 3 + i) for i in range(3)]


tree = nest(5, 1)
print("walk", sum(walk(tree)), len(list(walk(tree))))


def deep_gen(n):
    for i in range(3):
        yield count(n, i)


def count(n, i):
    if n <= 0:
        return i
    t = 0
    for v in deep_gen(n - 1):
        t += v
    return t + i


print("deep_gen", count(6, 0), list(deep_gen(4)))

shared = iter(range(100000))


def steal(n):
    if n <= 0:
        return next(shared)
    s = 0
    for i in range(2):
        s += steal(n - 1)
    return s


outer = []
for v in shared:
    if v > 3000:
        break
    outer.append(v + steal(v % 3))
print("steal", len(outer), sum(outer), outer[:5], outer[-2:])


def fib_gen(n):
    a, b = 0, 1
    for i in range(n):
        yield a
        a, b = b, a + b


def fsum(n):
    if n < 2:
        return n
    t = 0
    for f in fib_gen(n):
        t += f % 7 + fsum(n - 2) * 0
    return t


print("fsum", [fsum(n) for n in range(12)])
