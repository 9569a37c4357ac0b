# next() on generators inside traced loops: the generator resumed in the
# trace with the call's result its yield, in the loop's frame and inside
# another generator; exhaustion with and without a default; a generator
# advanced both by next() and by a for loop.


def count_from(n, limit):
    i = n
    while i < limit:
        yield i
        i += 1


def squares(src):
    for x in src:
        yield x * x


def zipper(a, b):
    for x in a:
        yield x - next(b)


def f(n):
    g = squares(count_from(0, 10 ** 6))
    t = 0
    for i in range(n):
        t += next(g) + i
    return t


print("next in loop", f(5000))
t = 0
for v in zipper(count_from(0, 4000), count_from(7, 10 ** 6)):
    t += v
print("next in generator", t)
g = count_from(0, 3000)
t = 0
try:
    for i in range(5000):
        t += next(g)
except StopIteration:
    print("stop", i, t)
g = count_from(0, 3000)
t = 0
for i in range(5000):
    t += next(g, -1)
print("default", t)
g = count_from(0, 9000)
t = 0
for x in g:
    t += x * 2 - next(g)
print("for and next", t)


def mixed(n):
    for i in range(n):
        yield i if i % 1000 else float(i)


g = mixed(6000)
t = 0
for i in range(5990):
    t += next(g)
print("mixed types", t, next(g), next(g, "x"))
t = 0
for v in zipper(count_from(0, 5000), count_from(0, 2500)):
    t += v
